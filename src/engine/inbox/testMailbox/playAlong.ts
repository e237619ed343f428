/**
 * What one captured message puts in the test mailbox, as a real provider and real recipients
 * would: a copy in Sent (Gmail keeps one), and in INBOX whatever comes back, by the recipient's
 * local part:
 *
 * - `bounce-…`      a hard bounce (5.1.1 user unknown), to the envelope sender
 * - `softbounce-…`  a soft bounce (4.2.2 mailbox full)
 * - `reply-…`       a short reply from the recipient, threaded to the original
 * - `autoreply-…`   an out-of-office notice
 * - the account's own address: the message itself (a mailto unsubscribe, a reply written by hand)
 *
 * Any other address (`unsubscribe-…` included) gets nothing back: it was delivered.
 */
import type { CapturedMessage } from './capturedMessage'
import { buildBounce } from './bounceMessage'
import { buildAutoReply, buildReply } from './replyMessage'
import type { StoredMessage } from './newMail'
import { TEST_INBOX_FOLDER, TEST_SENT_FOLDER } from './names'

function localPart(address: string): string {
  const at = address.lastIndexOf('@')
  return (at === -1 ? address : address.slice(0, at)).toLowerCase()
}

async function answerFrom(
  original: CapturedMessage,
  recipient: string,
  now: Date,
): Promise<Buffer | null> {
  const local = localPart(recipient)
  // A null sender (a bounce itself) is never answered with a bounce (RFC 5321 section 4.5.5).
  if (local.startsWith('bounce-')) {
    return original.envelopeFrom ? buildBounce('hard', original, recipient, now) : null
  }
  if (local.startsWith('softbounce-')) {
    return original.envelopeFrom ? buildBounce('soft', original, recipient, now) : null
  }
  if (local.startsWith('reply-')) return buildReply(original, recipient, now)
  if (local.startsWith('autoreply-')) return buildAutoReply(original, recipient, now)
  return null
}

export async function playAlong(
  original: CapturedMessage,
  context: { now: Date; ownAddress: string | null },
): Promise<StoredMessage[]> {
  const own = context.ownAddress?.toLowerCase() ?? null
  const stored: StoredMessage[] = [{ folder: TEST_SENT_FOLDER, raw: original.raw }]
  let deliveredToOwn = false
  for (const recipient of original.recipients) {
    if (own !== null && recipient.toLowerCase() === own) {
      if (!deliveredToOwn) stored.push({ folder: TEST_INBOX_FOLDER, raw: original.raw })
      deliveredToOwn = true
      continue
    }
    const answer = await answerFrom(original, recipient, context.now)
    if (answer) stored.push({ folder: TEST_INBOX_FOLDER, raw: answer })
  }
  return stored
}
