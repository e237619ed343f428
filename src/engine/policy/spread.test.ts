/**
 * "Spread over" end to end (real SQLite file, real SMTP server on 127.0.0.1, fake clock): the
 * deadline is fixed at the start, the pace is derived from what is left, so temporary
 * failures and their retries, and a restart halfway, still land the last email before the
 * deadline — and not long before it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SPREAD_MIN_MS } from '@shared/contract'
import {
  clockedEngine,
  quiet,
  runUntil,
  sendTimes,
  type ClockedEngine,
} from '@test/support/clockedEngine'
import { fast, recipients, type Harness } from '@test/support/engineHarness'
import { reply } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 60_000 })
const tempDir = useTempDir()
const engines: ClockedEngine[] = []
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close()
})

const MINUTE = 60_000
const STEP = 20_000

type Shown = {
  status: string
  startedAt: number
  finishBy: number | null
  policy: { spreadMs: number | null }
  progress: { paceMs: number | null; pending: number }
}
const campaign = (h: Harness, id: number) => h.call<Shown>('campaigns.get', { id })

describe('spread over', () => {
  it('holds its end time through temporary failures, retries and a restart', async () => {
    // Two addresses are refused once with 451 each; their retries come a minute later.
    const refused = new Map([
      ['r3@example.test', 1],
      ['r7@example.test', 1],
    ])
    const e = await clockedEngine(tempDir(), Date.UTC(2030, 0, 1, 9, 0, 30), {
      rcpt: (to) => {
        const left = refused.get(to) ?? 0
        if (left === 0) return null
        refused.set(to, left - 1)
        return reply(451, '4.3.0 Try again later')
      },
    })
    engines.push(e)
    const rows = 12
    const created = await e.h.call<{ id: number }>('campaigns.create', {
      name: 'Spread',
      accountId: e.accountId,
      subject: 'Hello {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: { ...fast, delayMs: 0, concurrency: 2, maxAttempts: 3, backoffMs: MINUTE },
      recipients: recipients(rows),
      policy: { spreadMs: SPREAD_MIN_MS },
    })
    const id = created.id
    await e.h.call('campaigns.start', { id })
    await quiet(e.h)

    const started = await campaign(e.h, id)
    const finishBy = started.startedAt + SPREAD_MIN_MS
    const spacing = SPREAD_MIN_MS / rows // 5 minutes, the whole campaign on one account
    expect(started.finishBy).toBe(finishBy)
    expect(started.progress.paceMs).toBe(Math.floor(SPREAD_MIN_MS / (rows - 1))) // one went
    expect(e.sink.received).toHaveLength(1) // the first at once, not all at once

    await runUntil(e, started.startedAt + SPREAD_MIN_MS / 2, STEP)
    const halfway = sendTimes(e.h, id).filter((r) => r.state === 'sent').length
    expect(halfway).toBeGreaterThanOrEqual(rows / 2 - 2)
    expect(halfway).toBeLessThanOrEqual(rows / 2 + 1)

    await e.restart()
    expect((await campaign(e.h, id)).finishBy).toBe(finishBy)
    await runUntil(e, finishBy + 10 * MINUTE, STEP)

    const final = await campaign(e.h, id)
    expect(final.status).toBe('completed')
    const sent = sendTimes(e.h, id)
    expect(sent.every((r) => r.state === 'sent')).toBe(true)
    for (const r of sent) expect(e.sink.countTo(r.email)).toBe(1)
    expect(sent.filter((r) => r.attempts === 2).map((r) => r.email)).toEqual([
      'r3@example.test',
      'r7@example.test',
    ])
    const last = Math.max(...sent.map((r) => r.sent_at!))
    expect(last).toBeLessThan(finishBy)
    expect(last).toBeGreaterThanOrEqual(finishBy - 2 * spacing)
  })
})
