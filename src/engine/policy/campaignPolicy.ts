/** A campaign row's sending policy and schedule as the contract says them. */
import type { Campaign, CampaignPolicy, Schedule, SendingHours } from '@shared/contract'
import { selectCampaignAccounts } from '../db/campaignAccounts'
import type { CampaignRow } from '../db/campaigns'
import type { Db } from '../db/open'

/** Stored JSON of SendingHours (written by the engine from a parsed input); null: any time. */
export function sendingHoursOf(json: string | null): SendingHours | null {
  return json === null ? null : (JSON.parse(json) as SendingHours)
}

export function policyOf(row: CampaignRow): CampaignPolicy {
  return {
    sendingHours: sendingHoursOf(row.sending_hours),
    recipientZones: row.recipient_zones === 1,
    spreadMs: row.spread_ms,
    fromAccountId: row.from_account_id,
  }
}

export function scheduleOf(row: CampaignRow): Schedule | null {
  if (row.scheduled_at === null) return null
  return {
    at: row.scheduled_at,
    zone: row.schedule_zone ?? 'UTC',
    missedStart: row.missed_start ?? 'ask',
  }
}

/** The campaign's accounts in order; the first is always `account_id`. */
export function accountIdsOf(db: Db, row: CampaignRow): number[] {
  const ids = selectCampaignAccounts(db, row.id).map((a) => a.account_id)
  return ids[0] === row.account_id
    ? ids
    : [row.account_id, ...ids.filter((id) => id !== row.account_id)]
}

export function recipientZonesOf(row: CampaignRow): Campaign['recipientZones'] {
  return row.zone_column === null ? null : { column: row.zone_column, known: row.zone_known }
}
