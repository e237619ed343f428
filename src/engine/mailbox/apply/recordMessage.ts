/**
 * What a recognised mailbox message does (docs/engine.md, "Reading the mailbox: what a message
 * does"): it is matched to a delivery, kept as evidence, counted on the delivery, and may put
 * the address on the do-not-send list; each effect writes a log line and the campaign's
 * figures are pushed. Runs inside the reader's transaction; a repeat changes nothing.
 */
import type { Clock } from '@shared/clock'
import type { Settings } from '@shared/contract'
import { selectAccount } from '../../db/accounts'
import { hasDeliveryMessage } from '../../db/mailboxMessages'
import type { Db } from '../../db/open'
import type { EngineLog } from '../../log/engineLog'
import type { ProgressPublisher } from '../../progress'
import type { ReadMessage, RecordMessage } from '../readMessage'
import { applyBounce } from './bounceEffects'
import type { EffectContext } from './context'
import { matchDelivery, type MatchedDelivery } from './matchDelivery'
import { checkProtectionLater, type PauseForProtection } from './protectionAfterBounce'
import { applyReply } from './replyEffects'
import { storeMessage } from './storeMessage'
import { applyUnsubscribe } from './unsubscribeEffects'

export interface RecordMessageDeps {
  db: Db
  clock: Clock
  log: EngineLog
  progress: Pick<ProgressPublisher, 'changed'>
  settings: () => Settings
  /** Absent: hard bounces count in the window, but only the next 5xx refusal may pause. */
  pauseForProtection?: PauseForProtection
}

/**
 * The address a message is about: the delivery's recipient when one matched (a token or a
 * reply may come from another address of the same person), else the sender's.
 */
function addressOf(m: ReadMessage, d: MatchedDelivery | undefined): string | null {
  if (d) return d.email
  return m.class.kind === 'bounce' ? m.class.recipient : m.class.from
}

/**
 * Only a request to unsubscribe is kept without a delivery: whoever asks in writing is not
 * written to again, whatever they answer. Never the account's own address (a test of its
 * own mailto). Bounces and replies that match nothing are someone else's mail.
 */
function keptUnmatched(db: Db, m: ReadMessage, email: string | null): email is string {
  if (m.class.kind !== 'unsubscribe' || !email) return false
  const own = selectAccount(db, m.accountId)?.from_email
  return own === undefined || own.toLowerCase() !== email.toLowerCase()
}

export function createRecordMessage(deps: RecordMessageDeps): RecordMessage {
  const { db, clock, log, progress } = deps
  return (m) => {
    const delivery = matchDelivery(db, m)
    const email = addressOf(m, delivery)
    if (!delivery && !keptUnmatched(db, m, email)) return { recognised: false }
    // The same message under another UID (the folder renumbered, or moved to a watched folder).
    if (delivery && m.messageId && hasDeliveryMessage(db, delivery.id, m.messageId)) {
      return { recognised: true }
    }
    const now = clock.now()
    const evidenceId = storeMessage(db, m, { delivery, email, now })
    if (evidenceId === undefined) return { recognised: true } // read before: done then
    const ctx: EffectContext = { db, log, now, settings: deps.settings(), message: m, evidenceId }
    const c = m.class
    // With a delivery the address is its recipient's; without one keptUnmatched checked it.
    if (c.kind === 'unsubscribe') applyUnsubscribe(ctx, c, delivery, email!)
    if (!delivery) return { recognised: true }
    if (c.kind === 'bounce') applyBounce(ctx, c, delivery)
    if (c.kind === 'reply' || c.kind === 'auto-reply') applyReply(ctx, c, delivery)
    progress.changed(delivery.campaign_id)
    if (c.kind === 'bounce' && c.severity === 'hard' && deps.pauseForProtection) {
      checkProtectionLater(
        { db, clock, settings: deps.settings, pause: deps.pauseForProtection },
        delivery.campaign_id,
      )
    }
    return { recognised: true }
  }
}
