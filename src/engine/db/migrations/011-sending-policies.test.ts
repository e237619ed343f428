/**
 * Migration 11 on a database left mid-send by the previous version (real SQLite file, real SMTP
 * server on 127.0.0.1): each campaign gets its account as its only one, each row that account
 * took is its, the per-account counts start from those rows, and the campaign that was sending
 * goes on by itself after the upgrade; the one that was paused resumes when asked.
 */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { closeAfterTest, openEngine, waitForStatus } from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { databasePath, openDatabase } from '../open'
import { migrations } from './index'

const tempDir = useTempDir()
const cleanup = useCleanups()

/** A version-10 database: campaign 1 sending (one row in flight when the app died), 2 paused, 3 a draft. */
function writeVersion10(dir: string, port: number): void {
  const db = openDatabase(databasePath(dir), { migrations: migrations.slice(0, 10) })
  db.exec(`
    INSERT INTO accounts (id, name, host, port, security, from_email, created_at, updated_at)
      VALUES (1, 'One', '127.0.0.1', ${port}, 'none', 'one@example.test', 0, 0),
             (2, 'Two', '127.0.0.1', ${port}, 'none', 'two@example.test', 0, 0);
    INSERT INTO campaigns (id, name, account_id, subject, html, status, status_reason, delay_ms,
        concurrency, max_attempts, backoff_ms, timeout_ms, created_at, started_at, updated_at)
      VALUES (1, 'Sending', 1, 'Hi', '<p>x</p>', 'sending', NULL, 0, 2, 3, 0, 5000, 0, 1, 1),
             (2, 'Paused', 2, 'Hi', '<p>x</p>', 'paused', 'user', 0, 1, 3, 0, 5000, 0, 2, 2),
             (3, 'Draft', 1, 'Hi', '<p>x</p>', 'draft', NULL, 0, 1, 3, 0, 5000, 0, NULL, 0);
    INSERT INTO recipients (id, campaign_id, email)
      VALUES (1, 1, 'sent1@example.test'), (2, 1, 'sent2@example.test'),
             (3, 1, 'failed@example.test'), (4, 1, 'uncertain@example.test'),
             (5, 1, 'inflight@example.test'), (6, 1, 'queued@example.test'),
             (7, 1, 'retrying@example.test'), (8, 2, 'paused@example.test'),
             (9, 3, 'draft@example.test');
    INSERT INTO deliveries (id, campaign_id, recipient_id, state, attempts, lease_token,
        message_id, created_at, updated_at)
      VALUES (1, 1, 1, 'sent', 1, NULL, '<1@example.test>', 0, 1),
             (2, 1, 2, 'sent', 1, NULL, '<2@example.test>', 0, 1),
             (3, 1, 3, 'failed', 1, NULL, '<3@example.test>', 0, 1),
             (4, 1, 4, 'uncertain', 1, NULL, '<4@example.test>', 0, 1),
             (5, 1, 5, 'sending', 1, 'dead', '<5@example.test>', 0, 1),
             (6, 1, 6, 'queued', 0, NULL, '<6@example.test>', 0, 0),
             (7, 1, 7, 'retrying', 1, NULL, '<7@example.test>', 0, 1),
             (8, 2, 8, 'queued', 0, NULL, '<8@example.test>', 0, 0);
    INSERT INTO campaign_counts (campaign_id, state, n)
      SELECT campaign_id, state, count(*) FROM deliveries GROUP BY campaign_id, state;
  `)
  db.close()
}

type Shown = {
  status: string
  accountIds: number[]
  progress: {
    sent: number
    failed: number
    uncertain: number
    accounts: { accountId: number; sent: number; failed: number; uncertain: number }[]
  }
}

describe('migration 11 (sending policies) on campaigns mid-send', () => {
  it('gives each campaign its account, and the one sending goes on after the upgrade', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const dir = tempDir()
    writeVersion10(dir, sink.port)

    const h = closeAfterTest(cleanup, openEngine(dir))
    expect(
      h.db.prepare('SELECT campaign_id, account_id, position FROM campaign_accounts').all(),
    ).toEqual([
      { campaign_id: 1, account_id: 1, position: 0 },
      { campaign_id: 2, account_id: 2, position: 0 },
      { campaign_id: 3, account_id: 1, position: 0 },
    ])
    // Only rows an account took are its: the queued ones have none yet.
    expect(h.db.prepare('SELECT id, account_id FROM deliveries ORDER BY id').all()).toEqual([
      ...[1, 2, 3, 4, 5].map((id) => ({ id, account_id: 1 })),
      { id: 6, account_id: null },
      { id: 7, account_id: 1 },
      { id: 8, account_id: null },
    ])

    h.engine.start()
    await waitForStatus(h, 1, 'completed')
    expect(sink.received.map((m) => m.to).sort()).toEqual([
      'queued@example.test',
      'retrying@example.test',
    ])
    const sending = await h.call<Shown>('campaigns.get', { id: 1 })
    expect(sending.accountIds).toEqual([1])
    expect(sending.progress).toMatchObject({ sent: 4, failed: 1, uncertain: 2 })
    expect(sending.progress.accounts).toEqual([
      expect.objectContaining({ accountId: 1, sent: 4, failed: 1, uncertain: 2 }),
    ])

    await h.call('campaigns.resume', { id: 2 })
    await waitForStatus(h, 2, 'completed')
    expect(sink.countTo('paused@example.test')).toBe(1)
    expect((await h.call<Shown>('campaigns.get', { id: 2 })).progress.accounts).toEqual([
      expect.objectContaining({ accountId: 2, sent: 1 }),
    ])
    // The draft still holds its account.
    await expect(h.call('accounts.delete', { id: 1 })).rejects.toThrow(/Draft/)
  })
})
