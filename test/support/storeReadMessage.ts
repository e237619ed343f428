/**
 * The plainest RecordMessage: keeps every recognised message as evidence, matched to nothing.
 * The reader's tests record through it, so what they see is what the reader read, whatever
 * mailbox/apply's matching would make of it (its own tests cover that).
 */
import type { Clock } from '@shared/clock'
import { storeMessage } from '@engine/mailbox/apply/storeMessage'
import type { Db } from '@engine/db/open'
import type { RecordMessage } from '@engine/mailbox/readMessage'

export function storeReadMessage(deps: { db: Db; clock: Clock }): RecordMessage {
  return (m) => {
    const email = m.class.kind === 'bounce' ? m.class.recipient : m.class.from
    storeMessage(deps.db, m, { delivery: undefined, email, now: deps.clock.now() })
    return { recognised: true }
  }
}
