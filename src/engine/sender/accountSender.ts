/**
 * The sender of one SMTP account: `concurrency` slots, each with its own kept-open SMTP
 * connection, sharing one pace (the minimum spacing between the starts of two sends) and one
 * throttle. A slot claims one row at a time under a lease, so at most `concurrency` rows can
 * be left in doubt by a crash.
 */
import { randomUUID } from 'node:crypto'
import { endpointOf, requireAccount } from '../accounts'
import { capBlockedUntil } from '../caps'
import type { Clock } from '@shared/clock'
import type { Committer } from '../db/committer'
import { selectAccount, type AccountRow } from '../db/accounts'
import { selectCampaign, selectSendingCampaignsOfAccount, type CampaignRow } from '../db/campaigns'
import {
  claimDeliveries,
  claimDeliveryById,
  peekDueDeliveries,
  releaseClaim,
  selectRecipientOf,
  type ClaimedDelivery,
} from '../db/deliveries'
import type { Db } from '../db/open'
import { dkimSigningOf } from '../dkimKey'
import type { EngineLog } from '../log/engineLog'
import { firstOpen, SendingGate } from '../policy/sendingGate'
import { CampaignPaces } from '../policy/spread'
import { TemplateError } from '../render/render'
import { loadCampaignFiles, type CampaignFiles } from './campaignFiles'
import { composeMessage } from './compose'
import { readAddressOf } from './readAddress'
import type { SecretStore } from '../secrets/secretStore'
import { classify, enhancedCode } from '../smtp/policy'
import { SmtpSession } from '../smtp/session'
import { finalize, type Effect, type Outcome } from './finalize'
import { Sleeper } from './sleep'
import { AccountSlowdown } from './accountSlowdown'
import type { QuotaHolds } from './accountStop'
import { fromAccountOf } from '../campaignAccounts'
import { PreparedMessages } from './preparedMessages'

export interface AccountSenderDeps {
  db: Db
  committer: Committer
  clock: Clock
  log: EngineLog
  secrets: SecretStore
  random: () => number
  /** How long the first throttle reply pauses the account (tests shorten it). */
  slowdownBasePauseMs?: number
  /** After each commit: counts changed for this campaign; `sent` when a message was accepted. */
  onProgress: (campaignId: number, sent: boolean) => void
  /**
   * A campaign must pause (account error, quota…), has completed, or this account stepped
   * aside from it (the campaign's other accounts take its rows).
   */
  onCampaignEffect: (campaignId: number, effect: Effect) => void
  /** The accounts holding themselves for a used-up quota (this one included). */
  quotaHolds: QuotaHolds
}

/** A send the engine cut before its body went out: the row goes back, its attempt refunded. */
const interrupted = {
  verdict: { kind: 'interrupted' },
  smtp: { code: null, enhanced: null, response: null },
  message: 'Stopped before the message was handed over',
} as const

/** An idle slot looks again at least this often (a retry may come due, a campaign resume). */
const IDLE_RECHECK_MS = 5000
/**
 * A slot renders its next message ahead only when that one may start within this long: the
 * message's Date stays true, and a slow pace gains nothing from it.
 */
const PREPARE_AHEAD_MS = 1000

/**
 * A row claimed for a slot. `handOver`: its claim is durable (the message's final dot may go);
 * `announced`: the previous outcome written in the same commit is durable and told.
 */
interface SlotClaim {
  delivery: ClaimedDelivery
  token: string
  handOver: Promise<void>
  announced: Promise<void>
}

const alreadyDone = Promise.resolve()

/** The versions a message is rendered from: an edit of the campaign or the From account. */
const stampOf = (campaign: CampaignRow, from: AccountRow) =>
  `${campaign.id}/${campaign.updated_at}/${from.id}/${from.updated_at}`

export class AccountSender {
  readonly slowdown: AccountSlowdown
  private readonly sleeper: Sleeper
  /** Sending hours and recipients' zones, at each claim. */
  private readonly gate: SendingGate
  /** Each campaign's spacing: its delay, or the pace its "spread over" derives. */
  private readonly paces = new CampaignPaces()
  private readonly slots = new Map<number, Promise<void>>()
  /** Each slot's connection, with the account version it was opened for. */
  private readonly sessions = new Map<number, { session: SmtpSession; version: number }>()
  private nextStartAt = 0
  /** The pace `nextStartAt` was reserved with (it is that long after the last start). */
  private reservedPace = 0
  /** An hourly or daily cap is reached: nothing is claimed before this time. */
  cappedUntil = 0
  /**
   * The server said the account's quota is used up while another account could take the
   * campaign's rows: nothing is claimed before this time (see QuotaHolds).
   */
  quotaUntil = 0
  private running = true
  private inFlight = 0
  private contentRejections = new Map<number, number>()
  /**
   * Only a draft's files can change: once sending, read their bytes once, not per email. Held
   * with the row's stamp, so a held copy never outlives the row it was read from.
   */
  private readonly files = new Map<number, { stamp: string; files: CampaignFiles }>()
  /** Each slot's next message, rendered while its current one is on the wire. */
  private readonly prepared = new PreparedMessages()

  constructor(
    readonly accountId: number,
    private readonly deps: AccountSenderDeps,
  ) {
    this.sleeper = new Sleeper(deps.clock)
    this.slowdown = new AccountSlowdown(deps.slowdownBasePauseMs)
    this.gate = new SendingGate((campaignId) => deps.onProgress(campaignId, false))
  }

  get busy(): number {
    return this.inFlight
  }

  get active(): boolean {
    return this.slots.size > 0
  }

  currentPace(): number {
    const { db, clock } = this.deps
    // A campaign outside its sending hours sends nothing: the first that may send sets the pace.
    const campaign = firstOpen(selectSendingCampaignsOfAccount(db, this.accountId), clock.now())
    return this.slowdown.pace(campaign ? this.paces.baseDelay(db, campaign, clock.now()) : 0)
  }

  /**
   * New work may be there, or a campaign stopped being served: make sure enough slots run, and
   * end the idle slots' naps.
   */
  wake(): void {
    if (!this.running) return
    this.cappedUntil = 0 // the caps may have changed: the next claim looks again
    this.paces.forget() // so may the spread's accounts and rows (one stopped, one came back)
    this.reaimNextStart()
    // First: a slot started below marks the wake-ups it has seen, and this one is not news to it.
    this.sleeper.wakeAll()
    const wanted = this.currentCampaign()?.concurrency ?? 1
    for (let slot = 0; slot < wanted; slot++) {
      if (!this.slots.has(slot)) {
        const loop: Promise<void> = this.slotLoop(slot).finally(() => {
          // An idle slot left at once (below); a wake-up may have started this one's successor.
          if (this.slots.get(slot) === loop) this.slots.delete(slot)
        })
        this.slots.set(slot, loop)
      }
    }
  }

  /**
   * The next start keeps the pace of the campaign served now when it is shorter than the one
   * the start was reserved under: a spread campaign's pace can be hours, and that campaign may
   * have completed or paused since. With no campaign to serve the reservation stays, for the
   * campaign's resume.
   */
  private reaimNextStart(): void {
    if (selectSendingCampaignsOfAccount(this.deps.db, this.accountId).length === 0) return
    const pace = this.currentPace()
    if (pace >= this.reservedPace) return
    this.nextStartAt -= this.reservedPace - pace
    this.reservedPace = pace
  }

  /**
   * Stop claiming; wait for in-flight sends up to `graceMs`, then cut their connections. A cut
   * send whose final dot had not gone out is given back with its attempt refunded; one cut
   * after is `uncertain`. Used for the engine's stop and for a hold; `resume()` undoes it.
   */
  async stop(graceMs: number): Promise<void> {
    this.running = false
    this.sleeper.wakeAll()
    const all = Promise.all(this.slots.values())
    const graceful = await Promise.race([
      all.then(() => true),
      new Promise<boolean>((resolve) => this.deps.clock.setTimeout(() => resolve(false), graceMs)),
    ])
    // Idle connections go too: after a sleep or a network change they are likely dead anyway.
    for (const { session } of this.sessions.values()) session.interrupt()
    this.sessions.clear()
    this.prepared.clear()
    if (!graceful) await all
  }

  /** After a hold: slots may run again (the caller wakes them when there is work). */
  resume(): void {
    this.running = true
  }

  /** Campaigns on one account send one after another, in the order they started. */
  private currentCampaign(): CampaignRow | undefined {
    return selectSendingCampaignsOfAccount(this.deps.db, this.accountId)[0]
  }

  /**
   * The first due row of the account's campaigns, in their order and within their sending
   * hours, claimed under `token` — unless a cap is reached, in which case nothing is claimed
   * (no attempt is used).
   */
  private claimNext(db: Db, now: number, token: string, slot: number): ClaimedDelivery | undefined {
    const account = selectAccount(db, this.accountId)
    // A deleted account has no unfinished campaign: a slot that looks again finds nothing.
    if (!account || account.deleted_at !== null) return undefined
    const capped = capBlockedUntil(db, account, now)
    if (capped !== null) {
      this.cappedUntil = capped
      return undefined
    }
    const ahead = this.prepared.of(slot)
    for (const campaign of selectSendingCampaignsOfAccount(db, this.accountId)) {
      const leaseUntil = now + campaign.timeout_ms * 2
      // The row rendered ahead first, if it is still due; else the first due row.
      let preferred = ahead?.campaignId === campaign.id ? ahead.deliveryId : undefined
      // The gate may give a row of a closed zone back and ask for the next one.
      const claimed = this.gate.claim(db, campaign, { now, token }, () => {
        const id = preferred
        preferred = undefined
        const byId =
          id === undefined
            ? undefined
            : claimDeliveryById(db, {
                id,
                campaignId: campaign.id,
                accountId: this.accountId,
                now,
                token,
                leaseUntil,
              })
        if (byId) return byId
        const [row] = claimDeliveries(db, {
          campaignId: campaign.id,
          accountId: this.accountId,
          now,
          token,
          leaseUntil,
          limit: 1,
        })
        return row
      })
      if (claimed) return claimed
    }
    return undefined
  }

  /**
   * When the next waiting row of any of the account's campaigns may go (its sending hours
   * open, if later); null: none waits.
   */
  private nextDue(db: Db): number | null {
    const now = this.deps.clock.now()
    const times = selectSendingCampaignsOfAccount(db, this.accountId)
      .map((c) => this.gate.nextDue(db, c, now))
      .filter((t): t is number => t !== null)
    return times.length ? Math.min(...times) : null
  }

  /**
   * One slot: wait for the pace, claim, send, then write the outcome — and, when the pace
   * allows the next start at once, claim the next row in the same transaction, so a busy slot
   * costs one commit per message, not two. The next message's envelope and body go out while
   * that commit is being synced; its final dot waits for the sync.
   */
  private async slotLoop(slot: number): Promise<void> {
    const { clock, committer } = this.deps
    let next: SlotClaim | undefined
    while (this.running) {
      if (!next) {
        const wait = this.mayStartAt() - clock.now()
        if (wait > 0) {
          await this.sleeper.sleep(wait)
          continue
        }
        const start = this.reserveStart()
        const token = randomUUID()
        // A wake-up while the claim's commit is on its way (a campaign started) is not lost.
        const looked = this.sleeper.mark()
        const claimed = await committer.run((db) => this.claimNext(db, start, token, slot))
        if (!claimed) {
          this.unreserve(start) // nothing was sent: the reservation is not used
          if (this.cappedUntil > clock.now()) continue // sleeps until the cap lets one more go
          const due = await committer.run((db) => this.nextDue(db))
          if (!this.running) return // stopped while it looked: the stop's wake-up has passed
          if (due === null) {
            // A wake-up while this slot looked found it still running and started no other.
            if (this.sleeper.mark() !== looked) continue
            // No work: the slot ends, and says so at once: a wake-up that comes before its promise
            // settles (another account gave rows back in this very commit) starts it again.
            this.slots.delete(slot)
            return
          }
          await this.sleeper.sleep(
            Math.min(IDLE_RECHECK_MS, Math.max(0, due - clock.now())),
            looked,
          )
          continue
        }
        next = { delivery: claimed, token, handOver: alreadyDone, announced: alreadyDone }
      }
      if (!this.running) {
        // Stopping: the row was never handed over, give it back.
        await next.announced
        await this.giveBack(next.delivery, next.token)
        return
      }
      const outcome = await this.sendOne(slot, next.delivery, next.token, next.handOver)
      // Outcomes are told in order, and a failed sync stops the slot here.
      await next.announced
      next = await this.record(outcome, slot)
    }
    if (next) {
      await next.announced
      await this.giveBack(next.delivery, next.token)
    }
  }

  /** The earliest start the throttle, the pace, the caps and a used-up quota allow. */
  private mayStartAt(): number {
    return Math.max(this.slowdown.until, this.nextStartAt, this.cappedUntil, this.quotaUntil)
  }

  /** Reserves the next start on the account's pace, before the claim: parallel slots keep it. */
  private reserveStart(): number {
    const start = this.deps.clock.now()
    this.reservedPace = this.currentPace()
    this.nextStartAt = start + this.reservedPace
    return start
  }

  /** A reservation made at `start` that claimed nothing: the next start may be at once. */
  private unreserve(start: number): void {
    this.nextStartAt = start
    this.reservedPace = 0
  }

  private async giveBack(claimed: ClaimedDelivery, token: string): Promise<void> {
    await this.deps.committer.run((db) =>
      releaseClaim(db, { id: claimed.id, token, now: this.deps.clock.now(), nextAttemptAt: 0 }),
    )
  }

  private async sendOne(
    slot: number,
    d: ClaimedDelivery,
    token: string,
    handOver: Promise<void>,
  ): Promise<Outcome> {
    const { db } = this.deps
    const campaign = selectCampaign(db, d.campaign_id)!
    const recipient = selectRecipientOf(db, d.id)
    const claim = {
      delivery: d,
      token,
      campaign,
      accountId: this.accountId,
      email: recipient.email,
    }
    this.inFlight++
    let outcome: Omit<Outcome, keyof typeof claim>
    try {
      const account = requireAccount(db, this.accountId)
      // The campaign may fix one account's From (and its DKIM) for every message; the envelope
      // sender stays the account that sends.
      const from = fromAccountOf(db, campaign, account)
      const raw = await (this.prepared.take(slot, {
        deliveryId: d.id,
        stamp: stampOf(campaign, from),
        now: this.deps.clock.now(),
      }) ?? this.compose(campaign, from, d, recipient))
      // Stopped or held while composing: nothing went out, give the row back.
      if (!this.running) return { ...interrupted, ...claim }
      const session = this.sessionFor(slot, account, campaign.timeout_ms)
      const sending = session.send({ from: account.from_email, to: recipient.email }, raw, handOver)
      this.prepareNext(slot, campaign, from)
      const result = await sending
      outcome = result.ok
        ? {
            verdict: { kind: 'sent' },
            smtp: {
              code: result.responseCode,
              enhanced: enhancedCode(result.response),
              response: result.response,
            },
            message: 'sent',
          }
        : result.interrupted && !result.failure.dotSent
          ? interrupted
          : {
              verdict: classify(result.failure),
              smtp: {
                code: result.failure.responseCode ?? null,
                enhanced: enhancedCode(result.failure.response),
                response: result.failure.response ?? null,
              },
              message: result.message,
            }
    } catch (error) {
      // Nothing reached the network: a template or account problem with this row's data.
      const message = error instanceof Error ? error.message : String(error)
      outcome = {
        verdict:
          error instanceof TemplateError
            ? { kind: 'failed', suppress: false }
            : { kind: 'account' },
        smtp: { code: null, enhanced: null, response: message },
        message,
        ...(error instanceof TemplateError && {
          template: { reason: error.problem.reason, ...error.problem.params },
        }),
      }
    } finally {
      this.inFlight--
    }
    return { ...outcome, ...claim }
  }

  private compose(
    campaign: CampaignRow,
    from: AccountRow,
    d: ClaimedDelivery,
    recipient: { email: string; data: string },
  ): Promise<Buffer> {
    const { db, clock, secrets } = this.deps
    return composeMessage({
      campaign,
      account: from,
      recipient,
      to: recipient.email,
      messageId: d.message_id,
      readAddress: readAddressOf(db, from),
      date: new Date(clock.now()),
      ...this.filesOf(campaign),
      dkim: dkimSigningOf(from, secrets),
    })
  }

  /**
   * While the slot's message is on the wire, renders the campaign's next due row that no other
   * slot has rendered, when it may start soon. Only read: the claim stays with the outcome's
   * transaction, so a crash leaves nothing of it.
   */
  private prepareNext(slot: number, campaign: CampaignRow, from: AccountRow): void {
    const { db, clock } = this.deps
    if (!this.running || this.mayStartAt() > clock.now() + PREPARE_AHEAD_MS) return
    const taken = this.prepared.deliveryIds()
    const rows = peekDueDeliveries(db, {
      campaignId: campaign.id,
      now: clock.now(),
      limit: taken.size + 1,
    })
    const row = rows.find((r) => !taken.has(r.id))
    if (!row) return
    this.prepared.set(slot, {
      deliveryId: row.id,
      campaignId: campaign.id,
      stamp: stampOf(campaign, from),
      renderedAt: clock.now(),
      raw: this.compose(campaign, from, row, selectRecipientOf(db, row.id)),
    })
  }

  /** The slot's open connection; a new one after the account was edited (host, password…). */
  private sessionFor(slot: number, account: AccountRow, timeoutMs: number): SmtpSession {
    const kept = this.sessions.get(slot)
    if (kept && kept.version === account.updated_at) return kept.session
    kept?.session.close() // between two sends of this very slot: nothing is in flight on it
    const session = new SmtpSession(endpointOf(account, this.deps.secrets), timeoutMs)
    this.sessions.set(slot, { session, version: account.updated_at })
    return session
  }

  private filesOf(campaign: CampaignRow): CampaignFiles {
    const stamp = `${campaign.created_at}/${campaign.updated_at}`
    const held = this.files.get(campaign.id)
    if (held?.stamp === stamp) return held.files
    const files = loadCampaignFiles(this.deps.db, campaign.id)
    this.files.set(campaign.id, { stamp, files })
    return files
  }

  /**
   * Writes the outcome; in the same transaction, claims the next row when the pace allows a
   * start now. Returns that row, if any, for the slot to send next — at the commit, before it
   * is durable: the outcome is told, and the row's final dot goes, once it is.
   */
  private async record(outcome: Outcome, slot: number): Promise<SlotClaim | undefined> {
    const { committer, clock, log, random } = this.deps
    const campaignId = outcome.campaign.id
    const canStartNow = this.running && this.mayStartAt() <= clock.now()
    const start = canStartNow ? this.reserveStart() : 0
    const token = randomUUID()
    const staged = await committer.stage((db) => {
      const effect = finalize(db, outcome, {
        now: clock.now(),
        log,
        random,
        contentRejections: this.contentRejections.get(campaignId) ?? 0,
        quotaHolds: this.deps.quotaHolds,
      })
      // After a throttle or a pause nothing more may start from this slot now.
      const mayClaim = canStartNow && (effect.kind === 'none' || effect.kind === 'completed')
      return [effect, mayClaim ? this.claimNext(db, start, token, slot) : undefined] as const
    })
    const [effect, claimed] = staged.value
    if (canStartNow && !claimed) this.unreserve(start)

    const kind = outcome.verdict.kind
    if (kind === 'content-rejected') {
      this.contentRejections.set(campaignId, (this.contentRejections.get(campaignId) ?? 0) + 1)
    } else if (kind === 'sent') {
      this.contentRejections.delete(campaignId)
      this.slowdown.success()
    }
    if (effect.kind === 'throttle') this.slowdown.hit(clock.now())
    // Completed, paused, or this account stepped aside: the campaign hears of it.
    const campaignEffect = effect.kind !== 'none' && effect.kind !== 'throttle'
    if (campaignEffect) this.contentRejections.delete(campaignId)
    const announced = staged.durable.then(() => {
      // Before the effect: a completion's final snapshot must count this very send in its rate.
      this.deps.onProgress(campaignId, kind === 'sent')
      if (campaignEffect) this.deps.onCampaignEffect(campaignId, effect)
    })
    if (!claimed) {
      await announced
      return undefined
    }
    announced.catch(() => {}) // a failed sync: the slot hears of it after its next send
    return { delivery: claimed, token, handOver: staged.durable, announced }
  }
}
