/**
 * Every line the engine logs carries its kind and the values the window words it from, stored
 * in the database file: after real campaigns on a local SMTP server (sent, refused, retried
 * until given up, paused by the user and by a refused login, resumed, cancelled).
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
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import { LOG_KINDS, type LogKind } from '@shared/logKinds'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

interface Line {
  kind: string
  email: string | null
  message: string
  params: Record<string, string | number>
}

const linesOf = async (h: Harness, campaignId: number) =>
  (await h.call<Line[]>('log.list', { campaignId })).reverse()

describe('log lines', () => {
  it('carry a known kind and its params for every outcome of a send', async () => {
    const sink = await startSmtpSink({
      rcpt: (to) =>
        to === 'r1@example.test'
          ? reply(550, '5.1.1 No such user here')
          : to === 'r2@example.test'
            ? reply(451, '4.3.0 Try again later')
            : null,
    })
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    h.engine.start()
    const account = await addAccount(h, sink.port)
    const { id } = await createCampaign(h, account.id, recipients(4), {
      ...fast,
      concurrency: 1,
      maxAttempts: 2,
    })
    await h.call('campaigns.start', { id })
    await waitForStatus(h, id, 'completed')

    const lines = await linesOf(h, id)
    const of = (kind: string, email: string | null = null) =>
      lines.filter((l) => l.kind === kind && l.email === email).map((l) => l.params)
    expect(of('campaign.sending')).toEqual([{ from: 'draft', variant: 'draft' }])
    expect(of('campaign.started')).toEqual([{ count: 4 }])
    expect(of('delivery.sent', 'r0@example.test')).toEqual([{}])
    expect(of('delivery.failed', 'r1@example.test')).toEqual([{ variant: 'refused' }])
    expect(of('delivery.retrying', 'r2@example.test')).toEqual([{ attempt: 1, maxAttempts: 2 }])
    expect(of('delivery.failed', 'r2@example.test')).toEqual([{ variant: 'gaveUp', attempts: 2 }])
    expect(of('campaign.completed')).toEqual([{}])

    // r1's 5.1.1 put it on the do-not-send list: only r2 goes again.
    expect(await h.call('failed.retry', { campaignId: id })).toEqual({ count: 1 })
    expect((await linesOf(h, id)).filter((l) => l.kind === 'delivery.retried')).toEqual([
      expect.objectContaining({ params: { count: 1 } }),
    ])
    await waitForStatus(h, id, 'completed')
    expectOnlyListedKinds(h)
  })

  it('carry why a campaign paused, the server’s words, and where sending started from', async () => {
    const sink = await startSmtpSink({ auth: { user: 'ann', pass: 'right' } })
    cleanup(() => sink.close())
    const h = closeAfterTest(cleanup, openEngine(tempDir()))
    h.engine.start()

    const refused = await addAccount(h, sink.port, { user: 'ann', pass: 'wrong' })
    const a = await createCampaign(h, refused.id, recipients(1))
    await h.call('campaigns.start', { id: a.id })
    await waitForStatus(h, a.id, 'paused')
    const paused = (await linesOf(h, a.id)).find((l) => l.kind === 'campaign.paused')!
    expect(paused.params).toMatchObject({ from: 'sending', variant: 'account' })
    expect(paused.params.detail).toContain('5.7.8')

    const slow = await addAccount(h, sink.port, { user: 'ann', pass: 'right' })
    const b = await createCampaign(h, slow.id, recipients(3), { ...fast, delayMs: 3_600_000 })
    await h.call('campaigns.start', { id: b.id })
    await h.call('campaigns.pause', { id: b.id })
    await h.call('campaigns.resume', { id: b.id })
    await h.call('campaigns.cancel', { id: b.id })
    const changes = (await linesOf(h, b.id)).filter((l) => l.kind.startsWith('campaign.'))
    expect(changes.map((l) => [l.kind, l.params])).toEqual([
      ['campaign.sending', { from: 'draft', variant: 'draft' }],
      ['campaign.started', { count: 3 }],
      ['campaign.paused', { from: 'sending', variant: 'user' }],
      ['campaign.sending', { from: 'paused', variant: 'paused' }],
      ['campaign.cancelled', { from: 'sending' }],
    ])
    // The timeline reads the same values.
    const activity = await h.call<{ timeline: { params: object }[] }>('campaigns.activity', {
      id: b.id,
    })
    expect(activity.timeline.map((e) => e.params)).toEqual(changes.map((l) => l.params))
    expectOnlyListedKinds(h)
  })
})

/** In the file itself: a listed kind, JSON params, and a variant its kind has. */
function expectOnlyListedKinds(h: Harness): void {
  const rows = h.db.prepare('SELECT kind, params FROM event_log').all() as {
    kind: string
    params: string | null
  }[]
  expect(rows.length).toBeGreaterThan(0)
  for (const row of rows) {
    expect(Object.keys(LOG_KINDS), row.kind).toContain(row.kind)
    const params = JSON.parse(row.params ?? 'null') as Record<string, unknown>
    expect(params, row.kind).toBeTypeOf('object')
    const variants: readonly string[] = LOG_KINDS[row.kind as LogKind]
    if (params.variant !== undefined) expect(variants, row.kind).toContain(params.variant)
    else expect(variants, `${row.kind} needs a variant`).toEqual([])
  }
}
