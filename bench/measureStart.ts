/**
 * start_100k: create + start a campaign of N recipients through the contract, against the
 * way a web queue dispatches one job per recipient: one row per transaction (same FULL sync);
 * and the longest hold of the thread during the start (its pre-flight and its writes).
 */
import { performance } from 'node:perf_hooks'
import { databasePath, openDatabase } from '@engine/db/open'
import { addAccount, HTML, openBenchEngine, recipients, SUBJECT, tempDir } from './support'

/**
 * The longest the event loop went without a turn while `work` ran: how long the window's
 * commands would have waited at worst (in the desktop app the engine shares Electron's main
 * thread). A check on every turn, not a sampled histogram: a short hold is not missed.
 */
async function longestHold(work: () => Promise<unknown>): Promise<number> {
  let longest = 0
  let last = performance.now()
  let watching = true
  const turn = () => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    if (watching) setImmediate(turn)
  }
  setImmediate(turn)
  await work()
  watching = false
  return Math.max(longest, performance.now() - last)
}

export async function measureStart(n: number) {
  const { db, call } = openBenchEngine(tempDir())
  const account = await addAccount(call, 2525)
  const list = recipients(n)
  const t0 = performance.now()
  const campaign = await call<{ id: number }>('campaigns.create', {
    name: 'bench',
    accountId: account.id,
    subject: SUBJECT,
    html: HTML,
    recipients: list,
  })
  const t1 = performance.now()
  const holdMs = await longestHold(() => call('campaigns.start', { id: campaign.id }))
  const t2 = performance.now()
  db.close()
  return { createMs: t1 - t0, startMs: t2 - t1, totalMs: t2 - t0, longestHoldMs: holdMs }
}

/** One recipient and one queued job per transaction: the web-queue way. */
export function measureBaseline(n: number): number {
  const db = openDatabase(databasePath(tempDir()))
  db.prepare(
    `INSERT INTO accounts (name, host, port, security, from_email, created_at, updated_at)
     VALUES ('b', '127.0.0.1', 2525, 'none', 'b@example.test', 0, 0)`,
  ).run()
  db.prepare(
    `INSERT INTO campaigns (name, account_id, subject, html, status, delay_ms, concurrency,
       max_attempts, backoff_ms, timeout_ms, created_at, updated_at)
     VALUES ('b', 1, 's', 'h', 'sending', 0, 1, 3, 60000, 120000, 0, 0)`,
  ).run()
  const addRecipient = db.prepare(
    'INSERT INTO recipients (campaign_id, email, data) VALUES (1, ?, ?)',
  )
  const addJob = db.prepare(
    `INSERT INTO deliveries (campaign_id, recipient_id, state, message_id, created_at, updated_at)
     VALUES (1, ?, 'queued', ?, 0, 0)`,
  )
  const dispatch = db.transaction((email: string, data: string, i: number) => {
    const id = addRecipient.run(email, data).lastInsertRowid
    addJob.run(id, `<${i}@example.test>`)
  })
  const t0 = performance.now()
  for (let i = 0; i < n; i++) dispatch(`r${i}@example.test`, `{"name":"R${i}"}`, i)
  const ms = performance.now() - t0
  db.close()
  return ms
}
