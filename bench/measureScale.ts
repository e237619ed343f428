/**
 * A database with N deliveries queued (the real start path), then the engine in its own
 * process: peak memory while sending, and the time from start to the first send.
 */
import { fork } from 'node:child_process'
import { join } from 'node:path'
import { addAccount, openBenchEngine, tempDir, TSX, type Sink } from './support'

export async function measureScale(sink: Sink, n: number, sendForMs: number) {
  const dir = tempDir()
  const { db, call } = openBenchEngine(dir)
  const account = await addAccount(call, sink.port)
  // The recipients go in by SQL (a million objects through JSON would measure the benchmark,
  // not the engine); the campaign then starts through the contract like any other.
  const campaignId = Number(
    db
      .prepare(
        `INSERT INTO campaigns (name, account_id, subject, html, delay_ms, concurrency, max_attempts,
           backoff_ms, timeout_ms, created_at, updated_at)
         VALUES ('scale', ?, 'Hi {{name}}', '<p>Hi {{name}}</p>', 0, 4, 3, 60000, 60000, 0, 0)`,
      )
      .run(account.id).lastInsertRowid,
  )
  db.prepare(
    'INSERT INTO campaign_accounts (campaign_id, account_id, position) VALUES (?, ?, 0)',
  ).run(campaignId, account.id)
  db.prepare(
    `WITH RECURSIVE seq(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM seq WHERE i < ?)
     INSERT INTO recipients (campaign_id, email, data)
     SELECT ?, 'r' || i || '@example.test', '{"name":"R' || i || '"}' FROM seq`,
  ).run(n, campaignId)
  await call('campaigns.start', { id: campaignId })
  db.close()

  const child = fork(join(__dirname, 'engineProcess.ts'), [dir, String(sendForMs)], TSX)
  return new Promise<{ resumeMs: number; rssPeakMb: number }>((resolve, reject) => {
    child.once('message', (m) => resolve(m as { resumeMs: number; rssPeakMb: number }))
    child.once('exit', (code) => code && reject(new Error(`engine process exited with ${code}`)))
  })
}
