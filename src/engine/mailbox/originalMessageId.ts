/**
 * The Message-ID of the message a bounce returns: from the attached original (message/rfc822 or
 * text/rfc822-headers), from a "Message-ID:" line of an original quoted in the body, and at last
 * any <id> in the notice that the caller knows as one of its own.
 */
import { headerBlock } from './fieldBlocks'
import { idTokens, idsInHeader, messageIdLines } from './messageIds'
import type { ReceivedMessage } from './receivedMessage'

export interface OriginalId {
  messageId: string | null
  /** Whether the caller knows this id as one of its own. */
  isOurs: boolean
}

/** The raw message after its own header, so the notice's own Message-ID is not taken. */
function rawBody(raw: string): string {
  const end = raw.search(/\r?\n\r?\n/)
  return end < 0 ? '' : raw.slice(end)
}

export function findOriginalMessageId(
  msg: ReceivedMessage,
  isOurs: (id: string) => boolean,
): OriginalId {
  const own = msg.messageId
  const named = [
    ...msg.originals.flatMap((part) => idsInHeader(headerBlock(part).get('message-id'))),
    ...msg.originals.flatMap(messageIdLines),
    ...messageIdLines(msg.text),
    ...messageIdLines(rawBody(msg.rawText)),
  ].filter((id) => id !== own)
  const ours = named.find(isOurs)
  if (ours) return { messageId: ours, isOurs: true }
  const mentioned = [...msg.originals, msg.text, rawBody(msg.rawText)]
    .flatMap(idTokens)
    .find((id) => id !== own && isOurs(id))
  if (mentioned) return { messageId: mentioned, isOurs: true }
  return { messageId: named[0] ?? null, isOurs: false }
}
