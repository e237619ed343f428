/**
 * All accounts' senders. Start-up order matters (ARCHITECTURE.md §3.6): take the lock, turn
 * rows left `sending` by a crash into `uncertain`, then wake every account that has a
 * campaign in `sending`: they resume by themselves.
 */
import { pruneUsage } from '../caps'
import type { Clock } from '../clock'
import type { Campaigns } from '../campaigns'
import type { Committer } from '../db/committer'
import { selectCampaignsInStatus, selectDueQuotaPauses } from '../db/campaigns'
import { markInterruptedSendsUncertain } from '../db/deliveries'
import type { Db } from '../db/open'
import type { EngineLog } from '../log/engineLog'
import type { ProgressPublisher } from '../progress'
import type { SecretStore } from '../secrets/secretStore'
import { AccountSender } from './accountSender'
import type { Effect } from './finalize'

export const QUOTA_PAUSE_MS = 60 * 60_000
const QUOTA_CHECK_MS = 30_000
export const STOP_GRACE_MS = 10_000

export interface SenderDeps {
  db: Db
  committer: Committer
  clock: Clock
  log: EngineLog
  secrets: SecretStore
  progress: ProgressPublisher
  random: () => number
  throttleBasePauseMs?: number
  campaigns: () => Campaigns
}

export class Sender {
  private readonly accounts = new Map<number, AccountSender>()
  private running = false
  private quotaTimer: unknown

  constructor(private readonly deps: SenderDeps) {}

  /** Crash recovery, then resume. Returns the rows found in flight (now `uncertain`). */
  start(): number {
    const { db, clock, log, progress } = this.deps
    const recovered = db
      .transaction(() => {
        const rows = markInterruptedSendsUncertain(db, clock.now())
        for (const row of rows) {
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
    for (const campaignId of new Set(recovered.map((r) => r.campaign_id))) progress.push(campaignId)
    this.running = true
    for (const campaign of selectCampaignsInStatus(db, 'sending')) {
      // Recovery may have left nothing to send: such a campaign is done, not stuck.
      if (!this.deps.campaigns().settle(campaign.id)) this.wake(campaign.account_id)
    }
    this.scheduleQuotaCheck()
    return recovered.length
  }

  wake(accountId: number): void {
    if (!this.running) return
    let sender = this.accounts.get(accountId)
    if (!sender) {
      sender = new AccountSender(accountId, {
        ...this.deps,
        onProgress: (id) => this.deps.progress.changed(id),
        onCampaignEffect: (id, effect) => this.onCampaignEffect(id, effect),
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
    await Promise.all([...this.accounts.values()].map((a) => a.stop(graceMs)))
    this.accounts.clear()
  }

  accountStates() {
    const now = this.deps.clock.now()
    return [...this.accounts.values()].map((a) => ({
      accountId: a.accountId,
      sending: a.active,
      throttledUntil: a.throttle.until > now ? a.throttle.until : null,
      cappedUntil: a.cappedUntil > now ? a.cappedUntil : null,
      paceMs: a.currentPace(),
      inFlight: a.busy,
    }))
  }

  private onCampaignEffect(campaignId: number, effect: Effect): void {
    if (effect.kind === 'completed') return this.deps.progress.push(campaignId)
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
          this.deps.campaigns().resume(c.id)
        } catch {
          // Changed meanwhile; the user's word wins.
        }
      }
      this.scheduleQuotaCheck()
    }, QUOTA_CHECK_MS)
  }
}
