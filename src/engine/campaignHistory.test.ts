/**
 * A deleted campaign's id is never given out again, across restarts, so a new campaign never
 * shows another's history; the global log keeps what the deleted one did, under its name.
 */
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  fast,
  openEngine,
  recipients,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

type Line = {
  kind: string
  campaignId: number | null
  email: string | null
  campaign: { name: string; deleted: boolean } | null
}

const create = (h: Harness, accountId: number, name: string, emails = recipients(2)) =>
  h.call<{ id: number }>('campaigns.create', {
    name,
    accountId,
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: fast,
    recipients: emails,
  })

const log = (h: Harness, campaignId: number | null = null) =>
  h.call<Line[]>('log.list', { campaignId, limit: 1000 })

describe('a deleted campaign', () => {
  it('keeps its id and its history to itself, across restarts', async () => {
    const sink = await startSmtpSink()
    cleanup(() => sink.close())
    const dir = tempDir()
    const first = openEngine(dir)
    cleanup(async () => {
      if (!first.db.open) return // closed by the test, for the restart
      await first.engine.stop(1000)
      first.db.close()
    })
    first.engine.start()
    const account = await addAccount(first, sink.port)
    const x = await create(first, account.id, 'X')
    await first.call('campaigns.start', { id: x.id })
    await waitForStatus(first, x.id, 'completed')
    await first.call('campaigns.delete', { id: x.id })

    const y = await create(first, account.id, 'Y', recipients(1, 'y.test'))
    expect(y.id).toBeGreaterThan(x.id)
    // Nothing of X under Y: neither its log nor its timeline.
    expect(await log(first, y.id)).toEqual([])
    const activity = await first.call<{ timeline: unknown[] }>('campaigns.activity', { id: y.id })
    expect(activity.timeline).toEqual([])

    // The global log keeps what X did, named as it was.
    const xLines = (await log(first)).filter((l) => l.campaignId === x.id)
    const sent = xLines.filter((l) => l.kind === 'delivery.sent').map((l) => l.email)
    expect(sent.sort()).toEqual(['r0@example.test', 'r1@example.test'])
    expect(xLines[0]).toMatchObject({ kind: 'campaign.deleted' })
    for (const l of xLines) expect(l.campaign).toEqual({ name: 'X', deleted: true })
    await first.call('campaigns.start', { id: y.id })
    await waitForStatus(first, y.id, 'completed')
    const yLines = await log(first, y.id)
    expect(yLines.map((l) => l.email).filter(Boolean)).toEqual(['r0@y.test'])
    for (const l of yLines) expect(l.campaign).toEqual({ name: 'Y', deleted: false })

    // The newest campaign deleted, then the app restarted: its id stays used too.
    await first.call('campaigns.delete', { id: y.id })
    await first.engine.stop(1000)
    first.db.close()
    const second = closeAfterTest(cleanup, openEngine(dir))
    const z = await create(second, account.id, 'Z')
    expect(z.id).toBeGreaterThan(y.id)
    expect(await log(second, z.id)).toEqual([])
  })
})
