/**
 * One folder read from where the last read stopped: headers in batches, the few that might matter
 * fetched whole and classified, then one transaction per batch that records what they meant and
 * moves the folder's cursor past the whole batch — so a restart neither misses nor repeats one.
 */
import type { Clock } from '@shared/clock'
import { isDeliveryMessageId } from '@engine/db/deliveries'
import { advanceMailboxCursor, selectMailboxCursor } from '@engine/db/mailboxCursors'
import type { Db } from '@engine/db/open'
import { classifyMessage } from '../classifyMessage'
import type { ReadMessage, RecordMessage } from '../readMessage'
import type { FolderState, MailboxSource, MessageHeaders } from '../source'
import { mightMatter } from './mightMatter'
import { readMessageOf } from './readMessageOf'

/** Headers asked per round trip, and messages per transaction. */
export const BATCH_SIZE = 200
/** A message is read whole up to this; a larger one is kept cut (and says so). */
export const MAX_MESSAGE_BYTES = 1024 * 1024

export interface FolderReadDeps {
  db: Db
  clock: Clock
  recordMessage: RecordMessage
  /** False once the reader is stopping: the folder stops between batches. */
  alive: () => boolean
  batchSize?: number
}

export interface FolderRead {
  scanned: number
  recognised: number
  /** Messages that could not be parsed: counted, skipped, never a reason to stop. */
  unreadable: number
  /** The Message-IDs (without <>) that recorded bounces name: those messages did go out. */
  bouncedIds: string[]
}

export async function readFolder(
  source: MailboxSource,
  at: { accountId: number; folder: string; moveBouncesTo: string | null },
  deps: FolderReadDeps,
): Promise<FolderRead> {
  const { db, clock } = deps
  const limit = deps.batchSize ?? BATCH_SIZE
  // Moving needs the folder open for writing; reading alone never changes a flag either way.
  const moving = at.moveBouncesTo !== null && at.moveBouncesTo !== at.folder
  const state = await source.openFolder(at.folder, moving)
  const cursor = selectMailboxCursor(db, at.accountId, at.folder)
  // A new UIDVALIDITY renumbered the folder: read it from the start. Recording is idempotent
  // per (uidValidity, uid) and matching goes by Message-ID, so a second look is harmless.
  let after = cursor && cursor.uid_validity === state.uidValidity ? cursor.last_uid : 0
  const read: FolderRead = { scanned: 0, recognised: 0, unreadable: 0, bouncedIds: [] }
  while (deps.alive()) {
    const batch = (await source.fetchHeadersAfter(after, limit)).filter((h) => h.uid > after)
    if (batch.length === 0) break
    const found = await recognise(source, at, state, batch, deps)
    read.unreadable += found.unreadable
    const lastUid = Math.max(...batch.map((h) => h.uid))
    const bounceUids: number[] = []
    let recognised = 0
    db.transaction(() => {
      for (const message of found.messages) {
        if (!deps.recordMessage(message).recognised) continue
        recognised++
        if (message.class.kind !== 'bounce') continue
        bounceUids.push(message.uid)
        if (message.class.originalMessageId) read.bouncedIds.push(message.class.originalMessageId)
      }
      advanceMailboxCursor(db, {
        accountId: at.accountId,
        folder: at.folder,
        uidValidity: state.uidValidity,
        lastUid,
        scanned: batch.length,
        recognised,
        now: clock.now(),
      })
    })()
    read.scanned += batch.length
    read.recognised += recognised
    after = lastUid
    // Only after the cursor moved: a move that fails leaves a bounce in place, never a repeat.
    if (moving && bounceUids.length > 0) await source.move(bounceUids, at.moveBouncesTo!)
    if (batch.length < limit) break
  }
  return read
}

/** The batch's candidates fetched whole and classified; the rest never leave the server. */
async function recognise(
  source: MailboxSource,
  at: { accountId: number; folder: string },
  state: FolderState,
  batch: MessageHeaders[],
  deps: FolderReadDeps,
): Promise<{ messages: ReadMessage[]; unreadable: number }> {
  const candidates = batch.filter((h) => mightMatter(h.headers))
  if (candidates.length === 0) return { messages: [], unreadable: 0 }
  const byUid = new Map(candidates.map((h) => [h.uid, h]))
  const bodies = await source.fetchBodies([...byUid.keys()], MAX_MESSAGE_BYTES)
  const known = { isOurMessageId: (id: string) => isDeliveryMessageId(deps.db, `<${id}>`) }
  const where = { accountId: at.accountId, folder: at.folder, uidValidity: state.uidValidity }
  const messages: ReadMessage[] = []
  let unreadable = 0
  for (const body of bodies) {
    const headers = byUid.get(body.uid)
    if (!headers) continue
    try {
      const kind = await classifyMessage(body.raw, known)
      if (kind.kind === 'unrelated') continue
      messages.push(await readMessageOf(where, headers, body, kind, deps.clock.now()))
    } catch {
      unreadable++ // a message mailparser cannot read is left where it is
    }
  }
  return { messages, unreadable }
}
