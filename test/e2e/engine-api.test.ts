/**
 * The engine through the browser host's HTTP API, as the window will use it: a campaign of
 * 1,000 recipients to a local SMTP server, progress streamed to the end, a failure retried,
 * and the log read back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { reply, startSmtpSink } from '../support/smtpSink'
import { useTempDir } from '../support/tempDir'
import { hostApi } from './support/api'
import { startHost, type RunningHost } from './support/host'

const tempDir = useTempDir('all')
let host: RunningHost
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let refuse = true
let call: ReturnType<typeof hostApi>

beforeAll(async () => {
  sink = await startSmtpSink({
    rcpt: (to) => (refuse && to === 'r500@example.test' ? reply(550, '5.7.1 Not today') : null),
  })
  host = await startHost(tempDir())
  call = hostApi(host)
})
afterAll(async () => {
  await host?.stop()
  await sink?.close()
})

type Progress = {
  campaignId: number
  status: string
  sent: number
  failed: number
  pending: number
  percent: number
}

/**
 * Opens the event stream and resolves once the host has subscribed it (headers received), so
 * no event pushed after this can be missed. `until` reads progress until `done` says so.
 */
async function openProgressStream(timeoutMs = 60_000) {
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  const response = await fetch(`${host.origin}/api/events?token=${host.token}`, {
    signal: controller.signal,
  })
  const reader = response.body!.getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  return async function until(done: (p: Progress) => boolean): Promise<Progress[]> {
    const seen: Progress[] = []
    try {
      for (;;) {
        const { value, done: ended } = await reader.read()
        if (ended) return seen
        buffer += decoder.decode(value, { stream: true })
        let cut: number
        while ((cut = buffer.indexOf('\n\n')) >= 0) {
          const block = buffer.slice(0, cut)
          buffer = buffer.slice(cut + 2)
          if (!block.startsWith('data: ')) continue
          const message = JSON.parse(block.slice(6)) as { name: string; payload: Progress }
          if (message.name !== 'campaign.progress') continue
          seen.push(message.payload)
          if (done(message.payload)) return seen
        }
      }
    } finally {
      clearTimeout(timer)
      controller.abort()
    }
  }
}

describe('the engine through the browser host API', () => {
  it('sends 1,000 recipients, streams progress to the end, retries a failure, keeps a log', async () => {
    const account = await call('accounts.create', {
      name: 'Local',
      host: '127.0.0.1',
      port: sink.port,
      security: 'none',
      password: 'not-needed-but-sealed',
      fromEmail: 'news@example.test',
    })
    expect(account.hasPassword).toBe(true)
    expect(JSON.stringify(await call('accounts.list'))).not.toContain('not-needed-but-sealed')

    const recipients = Array.from({ length: 1000 }, (_, i) => ({
      email: `r${i}@example.test`,
      data: { name: `Reader ${i}` },
    }))
    const campaign = await call('campaigns.create', {
      name: 'Big one',
      accountId: account.id,
      subject: 'Hi {{name}}',
      html: '<p>Hello {{name}}</p>',
      settings: { delayMs: 0, concurrency: 4, maxAttempts: 2, backoffMs: 0, timeoutMs: 10_000 },
      recipients,
    })
    expect(campaign.status).toBe('draft')

    const firstRun = await openProgressStream()
    const finished = firstRun((p) => p.campaignId === campaign.id && p.status === 'completed')
    const started = await call('campaigns.start', { id: campaign.id })
    expect(started.status).toBe('sending')
    const events = await finished
    const last = events.at(-1)!
    expect(last).toMatchObject({
      status: 'completed',
      sent: 999,
      failed: 1,
      pending: 0,
      percent: 100,
    })
    expect(events.length).toBeGreaterThan(1)
    expect(sink.received).toHaveLength(999)

    const failed = await call('deliveries.list', {
      campaignId: campaign.id,
      state: 'failed',
    })
    expect(failed).toEqual([expect.objectContaining({ email: 'r500@example.test', lastCode: 550 })])

    refuse = false
    const retryRun = await openProgressStream()
    const again = retryRun(
      (p) => p.campaignId === campaign.id && p.status === 'completed' && p.failed === 0,
    )
    expect(
      await call('failed.retry', { campaignId: campaign.id, deliveryId: failed[0]!.id }),
    ).toEqual({ count: 1 })
    expect((await again).at(-1)).toMatchObject({ sent: 1000, failed: 0 })
    expect(sink.countTo('r500@example.test')).toBe(1)
    expect(new Set(sink.received.map((m) => m.to)).size).toBe(1000)

    const log = await call('log.list', {
      campaignId: campaign.id,
      limit: 1000,
    })
    expect(log[0]!.message).toBe('Campaign completed')
    expect(
      log.some(
        (l) => l.message.startsWith('Campaign email failed') && l.email === 'r500@example.test',
      ),
    ).toBe(true)
    expect(log.some((l) => l.message.startsWith('Failed send queued again'))).toBe(true)
  })
})
