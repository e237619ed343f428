/**
 * The test mailbox's "IDLE": whoever stores a message here announces it, and every source open on
 * that database hears which folder gained mail. Per database, so two engines in one process (the
 * tests) never hear each other.
 */
import { EventEmitter } from 'node:events'
import type { Db } from '../../db/open'
import { insertTestMailboxMessage } from '../../db/testMailbox'

const signals = new WeakMap<Db, EventEmitter>()

function signalOf(db: Db): EventEmitter {
  let signal = signals.get(db)
  if (!signal) {
    signal = new EventEmitter()
    signal.setMaxListeners(0) // one per open source; a leak would be a source never closed
    signals.set(db, signal)
  }
  return signal
}

export interface StoredMessage {
  folder: string
  raw: Buffer
}

/** Stores messages in one transaction, then announces each folder that gained one. */
export function storeInTestMailbox(
  db: Db,
  receivedAt: number,
  messages: StoredMessage[],
): number[] {
  const uids = db.transaction(() =>
    messages.map((m) => insertTestMailboxMessage(db, { ...m, received_at: receivedAt })),
  )()
  const signal = signalOf(db)
  for (const folder of new Set(messages.map((m) => m.folder))) signal.emit('mail', folder)
  return uids
}

/** Calls back with the folder that gained mail; returns the unsubscribe. */
export function listenForTestMail(db: Db, callback: (folder: string) => void): () => void {
  const signal = signalOf(db)
  signal.on('mail', callback)
  return () => signal.off('mail', callback)
}
