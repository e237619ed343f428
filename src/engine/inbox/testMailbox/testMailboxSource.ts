/**
 * The built-in test inbox's own mailbox as a MailboxSource, over the `test_mailbox` table: what
 * the reader reads for the test account instead of an IMAP server. INBOX gets the made-up
 * bounces and replies, Sent a copy of every message the test inbox captured.
 */
import { simpleParser } from 'mailparser'
import {
  countTestMailboxFolder,
  moveTestMailboxMessages,
  selectTestMailboxBodies,
  selectTestMailboxContaining,
  selectTestMailboxFolders,
  selectTestMailboxHeadsAfter,
  selectTestMailboxUidNext,
} from '../../db/testMailbox'
import type { Db } from '../../db/open'
import { idsInHeader } from '../../mailbox/messageIds'
import {
  MailboxError,
  type FolderInfo,
  type FolderState,
  type MailboxSource,
  type MessageBody,
  type MessageHeaders,
} from '../../mailbox/source'
import { headerBlock } from './headerBlock'
import { TEST_INBOX_FOLDER, TEST_SENT_FOLDER, TEST_UID_VALIDITY } from './names'
import { listenForTestMail } from './newMail'

/** Enough for any real header block; a longer one is cut there, as a broken message would be. */
const HEAD_BYTES = 256 * 1024

/** IMAP names INBOX case-insensitively; every other folder by its exact name. */
function folderName(path: string): string {
  return path.toUpperCase() === TEST_INBOX_FOLDER ? TEST_INBOX_FOLDER : path
}

async function messageIdOf(raw: Buffer): Promise<string | null> {
  const parsed = await simpleParser(headerBlock(raw), { skipHtmlToText: true })
  return idsInHeader(parsed.messageId)[0] ?? null
}

export function openTestMailboxSource(db: Db): MailboxSource {
  let open: string | null = null
  let closed = false
  const listeners = new Set<() => void>()

  function openFolderName(): string {
    if (closed) throw new MailboxError('The test mailbox is closed', 'closed', null)
    if (open === null) throw new MailboxError('No folder is open', 'folder', 'folder')
    return open
  }

  function knownFolders(): string[] {
    const stored = selectTestMailboxFolders(db).filter(
      (f) => f !== TEST_INBOX_FOLDER && f !== TEST_SENT_FOLDER,
    )
    return [TEST_INBOX_FOLDER, TEST_SENT_FOLDER, ...stored]
  }

  const unlisten = listenForTestMail(db, (folder) => {
    if (closed || folder !== open) return
    // Later, not inside the store that announced it: the reader reads on its own turn.
    queueMicrotask(() => {
      for (const callback of [...listeners]) callback()
    })
  })

  return {
    async openFolder(path: string): Promise<FolderState> {
      if (closed) throw new MailboxError('The test mailbox is closed', 'closed', null)
      const name = folderName(path)
      if (!knownFolders().includes(name)) {
        throw new MailboxError(`No folder "${path}" in the test mailbox`, 'folder', 'folder')
      }
      open = name
      return {
        path: name,
        uidValidity: TEST_UID_VALIDITY,
        uidNext: selectTestMailboxUidNext(db),
        exists: countTestMailboxFolder(db, name),
      }
    },

    async fetchHeadersAfter(afterUid: number, limit: number): Promise<MessageHeaders[]> {
      const folder = openFolderName()
      const rows = selectTestMailboxHeadsAfter(db, {
        folder,
        afterUid,
        limit,
        headBytes: HEAD_BYTES,
      })
      return rows.map((r) => ({
        uid: r.uid,
        headers: headerBlock(r.head),
        size: r.size,
        receivedAt: r.received_at,
      }))
    },

    async fetchBodies(uids: number[], maxBytes: number): Promise<MessageBody[]> {
      const folder = openFolderName()
      if (uids.length === 0) return []
      return selectTestMailboxBodies(db, { folder, uids, maxBytes }).map((r) => ({
        uid: r.uid,
        raw: r.raw,
        truncated: r.size > r.raw.length,
      }))
    },

    async searchMessageId(messageId: string): Promise<number[]> {
      const folder = openFolderName()
      const wanted = messageId.trim().replace(/^<|>$/g, '')
      if (wanted === '') return []
      // The id's bytes narrow it down in SQL; the header read settles it (a body may quote it).
      const candidates = selectTestMailboxContaining(db, { folder, needle: Buffer.from(wanted) })
      const found: number[] = []
      for (const row of candidates) {
        if ((await messageIdOf(row.raw)) === wanted) found.push(row.uid)
      }
      return found
    },

    async move(uids: number[], target: string): Promise<void> {
      const from = openFolderName()
      const to = folderName(target)
      if (uids.length === 0 || to === from) return
      moveTestMailboxMessages(db, { from, uids, to })
    },

    async listFolders(): Promise<FolderInfo[]> {
      if (closed) throw new MailboxError('The test mailbox is closed', 'closed', null)
      return knownFolders().map((path) => ({
        path,
        specialUse: path === TEST_SENT_FOLDER ? '\\Sent' : null,
      }))
    },

    onNewMail(callback: () => void): () => void {
      listeners.add(callback)
      return () => listeners.delete(callback)
    },

    async close(): Promise<void> {
      closed = true
      open = null
      listeners.clear()
      unlisten()
    },
  }
}
