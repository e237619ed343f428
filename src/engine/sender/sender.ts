/**
 * All accounts' senders. Start-up order matters (docs/architecture.md, "Start-up and crash
 * recovery"): take the lock, turn rows left `sending` by a crash into `uncertain`, then wake
 * every account of every campaign in `sending`: they resume by themselves.
 */
import { pruneUsage } from '../caps'
import { countHandedOver } from '../db/accountUsage'
import { warmupStandingOf } from '../policy/warmup'
import type { Clock } from '@shared/clock'
import type { Campaigns } from '../campaigns'
import type { Committer } from '../db/committer'
import { selectSendingAccountsOfCampaign } from '../db/campaignAccounts'
import { selectCampaignsInStatus, selectDueQuotaPauses } from '../db/campaigns'
import { markInterruptedSendsUncertain } from '../db/deliveries'
import type { Db } from '../db/open'
import type { EngineLog } from '../log/engineLog'
import type { ProgressPublisher } from '../progress'
import type { SecretStore } from '../secrets/secretStore'
import { AccountSender } from './accountSender'
import { QUOTA_PAUSE_MS, type QuotaHolds } from './accountStop'
import type { Effect } from './finalize'

export { QUOTA_PAUSE_MS }
const QUOTA_CHECK_MS = 30_000
export const STOP_GRACE_MS = 10_000
/**
 * How long a hold lets in-flight sends finish before cutting them: short, as a sleeping
 * computer gives the app a moment at most, and without a network they cannot finish anyway.
 */
export const HOLD_GRACE_MS = 2_000

/** Rows start-up recovery found in flight (now `uncertain`), per campaign. */
export type Recovered = { campaignId: number; count: number }[]

export interface SenderDeps {
  db: Db
  committer: Committer
  clock: Clock
  log: EngineLog
  secrets: SecretStore
  progress: ProgressPublisher
  random: () => number
  slowdownBasePauseMs?: number
  campaigns: () => Campaigns
}

export class Sender {
  private readonly accounts = new Map<number, AccountSender>()
  private running = false
  /** Sending is held for the whole app (sleep, offline): nothing is claimed until released. */
  private held = false
  /** The last hold's stop of the accounts; a release waits for it before waking them. */
  private halting: Promise<void> = Promise.resolve()
  private quotaTimer: unknown

  constructor(private readonly deps: SenderDeps) {}

  private readonly quotaHolds: QuotaHolds = {
    held: (id) => (this.accounts.get(id)?.quotaUntil ?? 0) > this.deps.clock.now(),
    hold: (id) => {
      const sender = this.accounts.get(id)
      if (!sender || this.quotaHolds.held(id)) return false
      sender.quotaUntil = this.deps.clock.now() + QUOTA_PAUSE_MS
      return true
    },
  }

  /**
   * Crash recovery, then resume (unless held). Returns the rows found in flight (now
   * `uncertain`), per campaign.
   */
  start(): Recovered {
    const { db, clock, log, progress } = this.deps
    const recovered = db
      .transaction(() => {
        const rows = markInterruptedSendsUncertain(db, clock.now())
        for (const row of rows) {
          // It may have been handed over: its account's caps and warm-up count it, as they
          // count any uncertain send (from now: on the safe side).
          if (row.account_id !== null) countHandedOver(db, row.account_id, clock.now())
          log.write(db, {
            level: 'warn',
            kind: 'delivery.uncertain',
            campaignId: row.campaign_id,
            deliveryId: row.id,
            message: 'Campaign email uncertain: the app stopped while it was being handed over',
            params: { variant: 'appStopped' },
          })
        }
        return rows
      })
      .immediate()
    const perCampaign = new Map<number, number>()
    for (const r of recovered)
      perCampaign.set(r.campaign_id, (perCampaign.get(r.campaign_id) ?? 0) + 1)
    for (const campaignId of perCampaign.keys()) progress.push(campaignId)
    this.running = true
    for (const campaign of selectCampaignsInStatus(db, 'sending')) {
      // Recovery may have left nothing to send: such a campaign is done, not stuck.
      if (!this.deps.campaigns().settle(campaign.id)) this.wakeCampaign(campaign.id)
    }
    this.scheduleQuotaCheck()
    return [...perCampaign].map(([campaignId, count]) => ({ campaignId, count }))
  }

  /**
   * Holds sending for the whole app: no more claims; in-flight sends get `graceMs`, then are
   * cut (given back unless their final dot had gone out). Campaigns keep their status. Resolves
   * when nothing is in flight.
   */
  hold(graceMs = HOLD_GRACE_MS): Promise<void> {
    if (this.held) return this.halting
    this.held = true
    // Stop at once (no claim may slip in); a previous hold's stop may still be finishing.
    const stops = [...this.accounts.values()].map((a) => a.stop(graceMs))
    this.halting = Promise.all([this.halting, ...stops]).then(() => {})
    return this.halting
  }

  /** Ends the hold: once the hold's stop is over, every sending campaign's account goes on. */
  async release(): Promise<void> {
    if (!this.held) return
    this.held = false
    await this.halting
    if (this.held || !this.running) return // held again meanwhile, or the engine stopped
    for (const account of this.accounts.values()) account.resume()
    for (const campaign of selectCampaignsInStatus(this.deps.db, 'sending')) {
      this.wakeCampaign(campaign.id)
    }
  }

  /** The campaign has work: each of its accounts that may send it looks for it. */
  wakeCampaign(campaignId: number): void {
    for (const accountId of selectSendingAccountsOfCampaign(this.deps.db, campaignId)) {
      this.wake(accountId)
    }
  }

  wake(accountId: number): void {
    if (!this.running || this.held) return
    let sender = this.accounts.get(accountId)
    if (!sender) {
      sender = new AccountSender(accountId, {
        ...this.deps,
        onProgress: (id, sent) => {
          // The rate (emails a minute) and the ETA in every progress snapshot count these.
          if (sent) this.deps.progress.rates.record(id)
          this.deps.progress.changed(id)
        },
        onCampaignEffect: (id, effect) => this.onCampaignEffect(id, effect),
        quotaHolds: this.quotaHolds,
      })
      this.accounts.set(accountId, sender)
    }
    sender.wake()
  }

  /** An account was edited: its sender (if any) looks at its caps again and goes on. */
  accountChanged(accountId: number): void {
    this.accounts.get(accountId)?.wake()
  }

  async stop(graceMs = STOP_GRACE_MS): Promise<void> {
    this.running = false
    this.deps.clock.clearTimeout(this.quotaTimer)
    const stops = [...this.accounts.values()].map((a) => a.stop(graceMs))
    await Promise.all([this.halting, ...stops])
    this.accounts.clear()
  }

  accountStates() {
    const now = this.deps.clock.now()
    return [...this.accounts.values()].map((a) => {
      // A used-up quota is a cap the server keeps.
      const cappedUntil = Math.max(a.cappedUntil, a.quotaUntil)
      return {
        accountId: a.accountId,
        sending: a.active,
        throttledUntil: a.slowdown.until > now ? a.slowdown.until : null,
        cappedUntil: cappedUntil > now ? cappedUntil : null,
        paceMs: a.currentPace(),
        inFlight: a.busy,
        warmup: warmupStandingOf(this.deps.db, a.accountId, now),
      }
    })
  }

  private onCampaignEffect(campaignId: number, effect: Effect): void {
    if (effect.kind === 'completed') {
      this.deps.progress.push(campaignId)
      // Its accounts go on with their next campaign, at that one's pace.
      return this.wakeCampaign(campaignId)
    }
    if (effect.kind === 'account-stopped' || effect.kind === 'account-quota') {
      // Its rows went back: the campaign's other accounts (idle ones too) take them.
      this.deps.progress.push(campaignId)
      return this.wakeCampaign(campaignId)
    }
    if (effect.kind !== 'pause-campaign') return
    const resumeAt = effect.reason === 'quota' ? this.deps.clock.now() + QUOTA_PAUSE_MS : null
    try {
      this.deps.campaigns().pause(campaignId, effect.reason, effect.detail, resumeAt)
    } catch {
      // Already paused or cancelled by the user or by another slot: nothing more to do.
    }
  }

  /** A quota pause ends by itself when its window has passed; old cap counts go. */
  private scheduleQuotaCheck(): void {
    this.quotaTimer = this.deps.clock.setTimeout(() => {
      if (!this.running) return
      pruneUsage(this.deps.db, this.deps.clock.now())
      for (const c of selectDueQuotaPauses(this.deps.db, this.deps.clock.now())) {
        try {
          this.deps.campaigns().resume(c.id, 'engine')
        } catch {
          // Changed meanwhile; the user's word wins.
        }
      }
      this.scheduleQuotaCheck()
    }, QUOTA_CHECK_MS)
  }
}
