/**
 * A mailbox the reader can read, whatever holds it: an IMAP server (`imap/imapSource.ts`) or the
 * built-in test inbox's local mailbox. The reader never deletes; it moves only when the user
 * turned on "move processed bounces to a folder".
 */

/** A folder as it was opened: UIDs are only comparable under the same uidValidity. */
export interface FolderState {
  path: string
  /** As a decimal string: IMAP's UIDVALIDITY is a 32-bit unsigned number, imapflow gives a bigint. */
  uidValidity: string
  /** The UID the next message will get; null when the server did not say. */
  uidNext: number | null
  /** How many messages the folder holds. */
  exists: number
}

/** What the reader asks first: the headers only, so unrelated mail is never downloaded whole. */
export interface MessageHeaders {
  uid: number
  /** The message's header block as received (up to the blank line), raw bytes. */
  headers: Buffer
  /** The whole message's size in bytes (RFC822.SIZE), for the window and the size cap. */
  size: number
  /** The server's arrival time (INTERNALDATE), ms since the epoch; null when not given. */
  receivedAt: number | null
}

/** A message read whole, or its first `maxBytes` when larger (then `truncated`). */
export interface MessageBody {
  uid: number
  raw: Buffer
  truncated: boolean
}

export interface FolderInfo {
  path: string
  /** RFC 6154 special use (`\Sent`, `\Junk`…): the server's mark, or what the folder's name says. */
  specialUse: string | null
}

export interface MailboxSource {
  /** Opens a folder (read-only unless `forWriting`) and says where it stands. */
  openFolder(path: string, forWriting?: boolean): Promise<FolderState>
  /** Headers of the open folder's messages with a UID above `afterUid`, ascending, at most `limit`. */
  fetchHeadersAfter(afterUid: number, limit: number): Promise<MessageHeaders[]>
  /** These messages of the open folder whole, each cut at `maxBytes`; a UID gone is left out. */
  fetchBodies(uids: number[], maxBytes: number): Promise<MessageBody[]>
  /** UIDs in the open folder whose Message-ID header is this one (with or without <>). */
  searchMessageId(messageId: string): Promise<number[]>
  /** Moves messages of the open folder to `target`, creating the folder when missing. */
  move(uids: number[], target: string): Promise<void>
  listFolders(): Promise<FolderInfo[]>
  /**
   * Calls back when the open folder gains a message while the source is otherwise idle (IMAP
   * IDLE), so a bounce is read within seconds rather than at the next poll. Returns an unsubscribe.
   */
  onNewMail(callback: () => void): () => void
  close(): Promise<void>
}

/** Why a source could not do what was asked, in the steps the window words. */
export type MailboxFailureStep = 'dns' | 'connect' | 'tls' | 'greeting' | 'login' | 'folder'
export type MailboxFailureReason =
  | 'dns'
  | 'refused'
  | 'tls'
  | 'auth'
  | 'timeout'
  | 'greeting'
  | 'network'
  | 'folder'
  | 'closed'
  | 'secret'

export class MailboxError extends Error {
  constructor(
    message: string,
    readonly reason: MailboxFailureReason,
    readonly step: MailboxFailureStep | null,
    /** The server's or the system's own words, as they came. */
    readonly detail: string | null = null,
  ) {
    super(message)
    this.name = 'MailboxError'
  }

  /** A refusal the user must fix (password, folder) rather than one a retry may cure. */
  get needsUser(): boolean {
    return this.reason === 'auth' || this.reason === 'folder' || this.reason === 'secret'
  }
}
