/**
 * The next message goes on the wire while the commit that records the previous outcome and
 * claims it is being synced — all but its final dot, which waits for that sync (real SQLite
 * file, real SMTP server on 127.0.0.1, the WAL's sync held by the test).
 */
import { fdatasync } from 'node:fs'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  createCampaign,
  deliveryStateOf,
  openEngine,
  recipients,
  waitForStatus,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { Committer } from '../db/committer'
import { WalSync, type FlushFile } from '../db/walSync'

vi.setConfig({ testTimeout: 15_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

/** The WAL's syncs, run at once unless the test holds them. */
function holdableSyncs() {
  let held: (() => void)[] | null = null
  const flush: FlushFile = (fd, done) => {
    if (held) held.push(() => fdatasync(fd, done))
    else fdatasync(fd, done)
  }
  return {
    flush,
    hold: () => void (held ??= []),
    get waiting() {
      return held?.length ?? 0
    },
    release() {
      const waiting = held ?? []
      held = null
      waiting.forEach((sync) => sync())
    },
  }
}

const oneSlot = { delayMs: 0, concurrency: 1, maxAttempts: 3, backoffMs: 0, timeoutMs: 10_000 }

describe('the hand-over of the next message', () => {
  it('sends its body while the previous outcome is synced, and its final dot only after', async () => {
    const syncs = holdableSyncs()
    let bodyOfSecond!: () => void
    const secondOnTheWire = new Promise<void>((resolve) => (bodyOfSecond = resolve))
    const sink = await startSmtpSink({
      // The first message is in: from now on the syncs wait for the test.
      stallData: (to) => void (to === 'r0@example.test' && syncs.hold()),
      bodyArriving: (to) => void (to === 'r1@example.test' && bodyOfSecond()),
    })
    cleanup(() => sink.close())
    const h = closeAfterTest(
      cleanup,
      openEngine(tempDir(), {
        committer: (db) => new Committer(db, new WalSync(`${db.name}-wal`, syncs.flush)),
      }),
    )
    h.engine.start()
    const account = await addAccount(h, sink.port)
    const { id } = await createCampaign(h, account.id, recipients(2), oneSlot)
    await h.call('campaigns.start', { id })

    await secondOnTheWire
    await expect.poll(() => syncs.waiting).toBeGreaterThan(0)
    const state = (email: string) => deliveryStateOf(h, email)
    // Committed, not yet durable: the first's outcome and the second's claim.
    expect([state('r0@example.test'), state('r1@example.test')]).toEqual(['sent', 'sending'])
    // Real sockets, a negative: time for a dot sent along with the body to arrive. None comes.
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(sink.countTo('r1@example.test')).toBe(0)

    syncs.release()
    await waitForStatus(h, id, 'completed')
    expect(sink.received.map((m) => m.to)).toEqual(['r0@example.test', 'r1@example.test'])
  })
})
