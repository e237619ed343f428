/**
 * Soak: a big campaign with random transient faults (seeded) completes, and the counters, the
 * counts by state and what the server accepted all agree.
 *
 * SOAK_RECIPIENTS=200000 npm run test:unit -- test/chaos/soak   (the long mode)
 */
import { afterAll, describe, expect, it, vi } from 'vitest'
import {
  addAccount,
  checkInvariants,
  createCampaign,
  openEngine,
  recipients,
  waitForStatus,
} from '../support/engineHarness'
import { reply, startSmtpSink } from '../support/smtpSink'
import { seeded } from '../support/seeded'
import { useTempDir } from '../support/tempDir'

const RECIPIENTS = Number(process.env.SOAK_RECIPIENTS ?? 20_000)
const FAULT_RATE = 0.05
vi.setConfig({ testTimeout: 600_000 })
const tempDir = useTempDir('all')
const closers: (() => Promise<void> | void)[] = []
afterAll(async () => {
  for (const close of closers.reverse()) await close()
})

describe(`soak: ${RECIPIENTS} recipients, ${FAULT_RATE * 100}% transient faults`, () => {
  it('completes with counters equal to the counts by state and to what the server accepted', async () => {
    const random = seeded(42)
    const sink = await startSmtpSink({
      rcpt: () => (random() < FAULT_RATE ? reply(451, '4.3.0 Temporary local problem') : null),
    })
    closers.push(() => sink.close())
    const h = openEngine(tempDir())
    closers.push(async () => {
      await h.engine.stop(2000)
      h.db.close()
    })
    h.engine.start()
    const account = await addAccount(h, sink.port)
    const campaign = await createCampaign(h, account.id, recipients(RECIPIENTS), {
      delayMs: 0,
      concurrency: 4,
      maxAttempts: 4,
      backoffMs: 0,
      timeoutMs: 10_000,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed', 500_000)

    checkInvariants(h.db)
    const progress = await h.call<{ sent: number; failed: number; pending: number; total: number }>(
      'campaigns.progress',
      { campaignId: campaign.id },
    )
    const byState = Object.fromEntries(
      (
        h.db
          .prepare(
            'SELECT state, count(*) AS n FROM deliveries WHERE campaign_id = ? GROUP BY state',
          )
          .all(campaign.id) as { state: string; n: number }[]
      ).map((r) => [r.state, r.n]),
    )
    expect(progress).toMatchObject({ total: RECIPIENTS, pending: 0 })
    expect(progress.sent).toBe(byState.sent)
    expect(progress.failed).toBe(byState.failed ?? 0)
    expect(progress.sent + progress.failed).toBe(RECIPIENTS)
    // The server accepted exactly the sent ones, each once.
    expect(sink.received).toHaveLength(progress.sent)
    expect(new Set(sink.received.map((m) => m.to)).size).toBe(progress.sent)
    // 5% faults with four tries: retries happened, and almost everyone got through.
    const retried = h.db
      .prepare(
        "SELECT count(*) FROM event_log WHERE kind = 'delivery.retrying' AND campaign_id = ?",
      )
      .pluck()
      .get(campaign.id) as number
    expect(retried).toBeGreaterThan(RECIPIENTS * FAULT_RATE * 0.5)
    expect(progress.failed).toBeLessThan(RECIPIENTS * 0.001)
  })
})
