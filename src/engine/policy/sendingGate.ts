/**
 * Sending hours at the claim. A campaign outside its hours claims nothing (sends in flight
 * finish). Under recipients' zones each row has its own hours: a claimed row whose zone is
 * closed goes back (its attempt refunded) and, in the same transaction, every due row of that
 * zone waits for the zone's next opening, so the claim meets one row per closed zone, not all.
 */
import { Info } from 'luxon'
import type { SendingHours } from '@shared/contract'
import { hoursState, type HoursState } from '@shared/sending/sendingHours'
import type { CampaignRow } from '../db/campaigns'
import { releaseClaim, selectNextDueAt, type ClaimedDelivery } from '../db/deliveries'
import { deferZone, selectRecipientZone } from '../db/hoursAndSpread'
import type { Db } from '../db/open'
import { sendingHoursOf } from './campaignPolicy'

/** Closed zones one claim may put off before it lets the slot look again. */
const MAX_ZONES_PER_CLAIM = 20

/** Null when the campaign as a whole may send at `now`; else when its hours open. */
export function campaignClosedUntil(campaign: CampaignRow, now: number): number | null {
  const hours = sendingHoursOf(campaign.sending_hours)
  // Under recipients' zones some zone may always be open: each row is checked on its own.
  if (hours === null || campaign.recipient_zones === 1) return null
  const state = hoursState(hours, now)
  return state.open ? null : state.opensAt
}

/** The first of an account's campaigns (in their order) whose hours let it send now. */
export function firstOpen(campaigns: CampaignRow[], now: number): CampaignRow | undefined {
  return campaigns.find((c) => campaignClosedUntil(c, now) === null) ?? campaigns[0]
}

/** The hours in a recipient's zone; a zone this computer cannot read uses the hours' own. */
export function zoneState(hours: SendingHours, now: number, zone: string | null): HoursState {
  const usable = zone !== null && Info.normalizeZone(zone).isValid
  return hoursState(hours, now, usable ? zone : hours.zone)
}

export class SendingGate {
  /** Per campaign, the opening it was last seen waiting for (null: it was open). */
  private readonly waiting = new Map<number, number | null>()

  /** `changed` is told (after the commit) when a campaign starts or stops waiting. */
  constructor(private readonly changed: (campaignId: number) => void) {}

  /**
   * In the claim's transaction: the campaign's first due row that may go now, as `claimOne`
   * claims it under `token`; undefined when none may.
   */
  claim(
    db: Db,
    campaign: CampaignRow,
    p: { now: number; token: string },
    claimOne: () => ClaimedDelivery | undefined,
  ): ClaimedDelivery | undefined {
    const closedUntil = campaignClosedUntil(campaign, p.now)
    this.note(campaign.id, closedUntil)
    if (closedUntil !== null) return undefined
    const hours = campaign.recipient_zones === 1 ? sendingHoursOf(campaign.sending_hours) : null
    for (let i = 0; i < MAX_ZONES_PER_CLAIM; i++) {
      const row = claimOne()
      if (!row || hours === null) return row
      const zone = selectRecipientZone(db, row.recipient_id)
      const state = zoneState(hours, p.now, zone)
      if (state.open) return row
      releaseClaim(db, { id: row.id, token: p.token, now: p.now, nextAttemptAt: state.opensAt })
      deferZone(db, { campaignId: campaign.id, zone, until: state.opensAt, now: p.now })
      this.notify(campaign.id)
    }
    return undefined
  }

  /** When the campaign's next row may go: its next due row, or its hours' opening if later. */
  nextDue(db: Db, campaign: CampaignRow, now: number): number | null {
    const due = selectNextDueAt(db, campaign.id)
    if (due === null) return null
    return Math.max(due, campaignClosedUntil(campaign, now) ?? due)
  }

  private note(campaignId: number, closedUntil: number | null): void {
    if ((this.waiting.get(campaignId) ?? null) === closedUntil) return
    this.waiting.set(campaignId, closedUntil)
    this.notify(campaignId)
  }

  /** The claim runs inside the committer's transaction: tell once it has committed. */
  private notify(campaignId: number): void {
    queueMicrotask(() => this.changed(campaignId))
  }
}
