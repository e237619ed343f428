/**
 * What one received message is to Outbox: a bounce, an auto-reply, a reply to one of its
 * messages, an unsubscribe request, or unrelated mail (left alone). Pure: the caller says which
 * Message-IDs are its own; nothing here reads the database or the mailbox.
 */
import { isAutoReply } from './autoReply'
import { readBounce } from './bounce'
import type { KnownMessages, MessageClass } from './classification'
import { readReceivedMessage, type ReceivedMessage } from './receivedMessage'
import {
  asksToUnsubscribe,
  bareSubject,
  isBareUnsubscribeSubject,
  ownLines,
  unsubscribeToken,
} from './unsubscribe'

/** Our Message-ID a message answers: In-Reply-To first, then References from the newest. */
function answeredId(msg: ReceivedMessage, known: KnownMessages): string | null {
  const candidates = [...msg.inReplyTo, ...[...msg.references].reverse()]
  return candidates.find((id) => known.isOurMessageId(id)) ?? null
}

export async function classifyMessage(raw: Buffer, known: KnownMessages): Promise<MessageClass> {
  if (raw.length === 0) return { kind: 'unrelated' }
  const msg = await readReceivedMessage(raw)
  if (msg.headers.size === 0) return { kind: 'unrelated' }
  const isOurs = (id: string) => known.isOurMessageId(id)
  const autoReplied = isAutoReply(msg)

  const bounce = readBounce(msg, isOurs, autoReplied)
  if (bounce) return bounce

  const token = unsubscribeToken(msg.subject)
  if (token) return { kind: 'unsubscribe', via: 'token', token, from: msg.from, inReplyTo: null }

  const inReplyTo = answeredId(msg, known)
  if (autoReplied) return { kind: 'auto-reply', from: msg.from, inReplyTo }

  if (inReplyTo) {
    const lines = ownLines(msg.text, 3)
    if (asksToUnsubscribe(bareSubject(msg.subject)) || asksToUnsubscribe(lines[0] ?? '')) {
      return { kind: 'unsubscribe', via: 'reply', token: null, from: msg.from, inReplyTo }
    }
    return {
      kind: 'reply',
      from: msg.from,
      subject: msg.subject,
      inReplyTo,
      preview: lines.join('\n'),
    }
  }

  if (isBareUnsubscribeSubject(msg.subject)) {
    return { kind: 'unsubscribe', via: 'subject', token: null, from: msg.from, inReplyTo: null }
  }
  return { kind: 'unrelated' }
}
