/**
 * The seam between the reader (which finds, fetches and classifies messages) and what a
 * recognised message does to the campaigns (feedback, the do-not-send list, figures).
 */
import type { MessageClass, UnrelatedClass } from './classification'

/** One message the reader read and recognised, with what the window shows of it. */
export interface ReadMessage {
  accountId: number
  folder: string
  uidValidity: string
  uid: number
  /** The message as read (cut at the reader's size bound when `truncated`). */
  raw: Buffer
  truncated: boolean
  /** The server's arrival time, else the Date header, else when it was read (ms). */
  receivedAt: number
  /** The message's own From, subject and Message-ID, and its first lines of text. */
  from: string
  subject: string | null
  messageId: string | null
  firstLines: string
  class: Exclude<MessageClass, UnrelatedClass>
}

/**
 * Records one message and what it means. Synchronous: the reader runs it inside the same
 * transaction that moves the folder's cursor past the message, so a crash either keeps both or
 * neither. Idempotent per (account, folder, uidValidity, uid).
 */
export type RecordMessage = (message: ReadMessage) => { recognised: boolean }
