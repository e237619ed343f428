/** What the window shows of a recognised message, read from the message itself. */
import type { MessageClass, UnrelatedClass } from '../classification'
import type { ReadMessage } from '../readMessage'
import { readReceivedMessage } from '../receivedMessage'
import type { MessageBody, MessageHeaders } from '../source'
import { ownLines } from '../unsubscribe'

const FIRST_LINES = 3
const FIRST_LINES_MAX_CHARS = 500

export async function readMessageOf(
  where: { accountId: number; folder: string; uidValidity: string },
  headers: MessageHeaders,
  body: MessageBody,
  kind: Exclude<MessageClass, UnrelatedClass>,
  now: number,
): Promise<ReadMessage> {
  const msg = await readReceivedMessage(body.raw)
  const date = msg.headers.get('date')
  const dated = date instanceof Date && !Number.isNaN(date.getTime()) ? date.getTime() : null
  const from = msg.from ? (msg.fromName ? `${msg.fromName} <${msg.from}>` : msg.from) : msg.fromName
  return {
    ...where,
    uid: body.uid,
    raw: body.raw,
    truncated: body.truncated,
    receivedAt: headers.receivedAt ?? dated ?? now,
    from,
    subject: msg.subject === '' ? null : msg.subject,
    messageId: msg.messageId,
    firstLines: ownLines(msg.text, FIRST_LINES).join('\n').slice(0, FIRST_LINES_MAX_CHARS),
    class: kind,
  }
}
