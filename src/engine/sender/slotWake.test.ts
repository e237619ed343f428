/**
 * An idle slot's wake-up is never lost (real SQLite file, real SMTP server on 127.0.0.1, fake
 * clock). When another account steps aside, the rows it gives back are written in a group
 * commit that may also hold this account's "is there anything due?" look: the look saw none,
 * the wake-up comes before the slot has ended, and the slot must look again rather than end.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  fast,
  openEngine,
  recipients,
} from '@test/support/engineHarness'
import { FakeClock } from '@test/support/fakeClock'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { Committer, type Staged } from '../db/committer'
import { replaceCampaignAccounts } from '../db/campaignAccounts'
import { claimDeliveries, releaseClaim } from '../db/deliveries'
import type { Db } from '../db/open'
import { EngineLog } from '../log/engineLog'
import { createFileKeySecretStore } from '../secrets/fileKeySecretStore'
import { AccountSender } from './accountSender'

vi.setConfig({ testTimeout: 10_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

/** A group commit that, with the n-th write asked for, also writes `alongside` in the same batch. */
class CommitterWith extends Committer {
  private calls = 0
  constructor(
    db: Db,
    private readonly at: number,
    private readonly alongside: (c: Committer) => void,
  ) {
    super(db)
  }
  override stage<T>(work: (db: Db) => T): Promise<Staged<T>> {
    const result = super.stage(work)
    if (++this.calls === this.at) this.alongside(this)
    return result
  }
}

describe('an idle slot', () => {
  it('looks again when woken while it decided there was nothing to do', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const dir = tempDir()
    const clock = new FakeClock()
    // The engine writes the campaign; it never starts: this test runs B's sender by hand.
    const h = closeAfterTest(cleanup, openEngine(dir, { clock }))
    const a = await addAccount(h, sink.port)
    const b = await addAccount(h, sink.port)
    const { id } = await createCampaign(h, a.id, recipients(1), { ...fast, concurrency: 1 })
    replaceCampaignAccounts(h.db, id, [a.id, b.id])
    await h.call('campaigns.start', { id })
    // A has the only row in flight.
    const [row] = claimDeliveries(h.db, {
      campaignId: id,
      accountId: a.id,
      now: clock.now(),
      token: 'a-token',
      leaseUntil: clock.now() + 60_000,
      limit: 1,
    })

    // B's slot claims nothing (call 1), then looks for anything due (call 2): in that same
    // batch A's outcome gives the row back, and A's effect wakes B, as Sender does.
    const committer = new CommitterWith(h.db, 2, (c) => {
      void c
        .run((db) =>
          releaseClaim(db, { id: row!.id, token: 'a-token', now: clock.now(), nextAttemptAt: 0 }),
        )
        .then(() => sender.wake())
    })
    const sender: AccountSender = new AccountSender(b.id, {
      db: h.db,
      committer,
      clock,
      log: new EngineLog(clock, null),
      secrets: createFileKeySecretStore(dir),
      random: () => 0.5,
      onProgress: () => {},
      onCampaignEffect: () => {},
      quotaHolds: { held: () => false, hold: () => false },
    })
    cleanup(() => sender.stop(1000))
    sender.wake()

    await expect
      .poll(() => sink.received.map((m) => m.to), { timeout: 3000 })
      .toEqual(['r0@example.test'])
  })
})
