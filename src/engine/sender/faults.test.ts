/**
 * The rows of the reply policy (docs/architecture.md, "SMTP reply policy") not covered by
 * sender.test.ts, end to end against scripted SMTP peers on 127.0.0.1.
 */
import { connect } from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { rawPeer } from '@test/support/rawPeer'
import { useTempDir } from '@test/support/tempDir'
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
import { reply, startSmtpSink, type SinkScript } from '@test/support/smtpSink'
import { QUOTA_PAUSE_MS } from './sender'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

async function engineTo(port: number): Promise<{ h: Harness; accountId: number }> {
  const h = openEngine(tempDir())
  closeAfterTest(cleanup, h)
  h.engine.start()
  const account = await addAccount(h, port)
  return { h, accountId: account.id }
}

async function sinkWith(script: SinkScript) {
  const sink = await startSmtpSink(script)
  cleanup(() => sink.close())
  return sink
}

const states = async (h: Harness, campaignId: number) =>
  h.db
    .prepare('SELECT state, attempts FROM deliveries WHERE campaign_id = ? ORDER BY id')
    .all(campaignId) as { state: string; attempts: number }[]

describe('SMTP replies that concern the campaign, not the recipient', () => {
  it('5xx at MAIL FROM: the sender is refused, the campaign stops, no one fails', async () => {
    // A raw peer that answers 553 to MAIL FROM (the sink scripts replies per recipient only).
    const port = await rawPeer(cleanup, (socket) => {
      socket.write('220 test\r\n')
      socket.on('data', (chunk) => {
        const line = chunk.toString().toUpperCase()
        if (line.startsWith('MAIL'))
          socket.write('553 5.7.1 Sender address rejected: not owned by user\r\n')
        else if (line.startsWith('QUIT')) socket.end('221 bye\r\n')
        else socket.write('250 test\r\n')
      })
    })
    const { h, accountId } = await engineTo(port)
    const campaign = await createCampaign(h, accountId, recipients(3))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')
    const c = await h.call<{ statusReason: string; statusDetail: string }>('campaigns.get', {
      id: campaign.id,
    })
    expect(c).toMatchObject({
      statusReason: 'sender',
      statusDetail: expect.stringContaining('553'),
    })
    await expect // a second connection's attempt may still be finishing: it is given back too
      .poll(async () =>
        (await states(h, campaign.id)).every((r) => r.state === 'queued' && r.attempts === 0),
      )
      .toBe(true)
  })

  it('a server without the TLS the account requires stops the campaign: check the account', async () => {
    const sink = await sinkWith({}) // offers no STARTTLS
    const h = openEngine(tempDir())
    closeAfterTest(cleanup, h)
    h.engine.start()
    const account = await h.call<{ id: number }>('accounts.create', {
      name: 'Needs TLS',
      host: '127.0.0.1',
      port: sink.port,
      security: 'starttls',
      fromEmail: 'sender@example.test',
    })
    const campaign = await createCampaign(h, account.id, recipients(2))
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')
    const c = await h.call<{ statusReason: string }>('campaigns.get', { id: campaign.id })
    expect(c.statusReason).toBe('account')
    await expect
      .poll(async () =>
        (await states(h, campaign.id)).every((r) => r.state === 'queued' && r.attempts === 0),
      )
      .toBe(true)
    expect(sink.received).toHaveLength(0)
  })

  it('a quota reply pauses the campaign until the quota window resets', async () => {
    const sink = await sinkWith({
      rcpt: () => reply(550, '5.4.5 Daily user sending quota exceeded'),
    })
    const { h, accountId } = await engineTo(sink.port)
    const campaign = await createCampaign(h, accountId, recipients(2))
    const before = Date.now()
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')
    const c = await h.call<{ statusReason: string; resumeAt: number }>('campaigns.get', {
      id: campaign.id,
    })
    expect(c.statusReason).toBe('quota')
    expect(c.resumeAt).toBeGreaterThanOrEqual(before + QUOTA_PAUSE_MS)
    await expect // a second connection's attempt may still be finishing: it is given back too
      .poll(async () =>
        (await states(h, campaign.id)).every((r) => r.state === 'queued' && r.attempts === 0),
      )
      .toBe(true)
  })

  it('554 at DATA fails that message; three in a row pause the campaign', async () => {
    const sink = await sinkWith({ data: () => reply(554, '5.7.1 Message rejected as spam') })
    const { h, accountId } = await engineTo(sink.port)
    const campaign = await createCampaign(h, accountId, recipients(6), { ...fast, concurrency: 1 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'paused')
    const c = await h.call<{ statusReason: string }>('campaigns.get', { id: campaign.id })
    expect(c.statusReason).toBe('content')
    const rows = await states(h, campaign.id)
    expect(rows.filter((r) => r.state === 'failed')).toHaveLength(3)
    expect(rows.filter((r) => r.state === 'queued')).toHaveLength(3)
  })
})

describe('a busy server', () => {
  it('421 at the greeting slows the account and uses up no attempt', async () => {
    let refusals = 2
    let sinkPort = 0
    // Refuse the first connections at the greeting, then pass the rest to a real server.
    const port = await rawPeer(cleanup, (client) => {
      if (refusals-- > 0) return void client.end('421 4.7.0 Too many connections, try later\r\n')
      const upstream = connect(sinkPort, '127.0.0.1')
      upstream.on('data', (d: Buffer) => client.write(d))
      client.on('data', (d) => upstream.write(d))
      client.on('close', () => upstream.destroy())
      upstream.on('error', () => client.destroy())
    })
    const sink = await sinkWith({})
    sinkPort = sink.port
    const h = openEngine(tempDir(), { slowdownBasePauseMs: 100 })
    closeAfterTest(cleanup, h)
    h.engine.start()
    const account = await addAccount(h, port)
    const campaign = await createCampaign(h, account.id, recipients(3), {
      ...fast,
      concurrency: 1,
      maxAttempts: 1,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await states(h, campaign.id)).toEqual([
      { state: 'sent', attempts: 1 },
      { state: 'sent', attempts: 1 },
      { state: 'sent', attempts: 1 },
    ])
  })

  it('452 at RCPT retries that recipient only', async () => {
    let refusals = 1
    const sink = await sinkWith({
      rcpt: (to) =>
        to === 'r0@example.test' && refusals-- > 0 ? reply(452, '4.2.2 Mailbox full') : null,
    })
    const { h, accountId } = await engineTo(sink.port)
    const campaign = await createCampaign(h, accountId, recipients(2), { ...fast, maxAttempts: 2 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await states(h, campaign.id)).toEqual([
      { state: 'sent', attempts: 2 },
      { state: 'sent', attempts: 1 },
    ])
  })
})

describe('no reply at all', () => {
  it('a refused connection is retried, then fails when attempts run out', async () => {
    const port = await rawPeer(cleanup, (socket) => socket.destroy()) // accepts, then hangs up at once
    const { h, accountId } = await engineTo(port)
    const campaign = await createCampaign(h, accountId, recipients(1), { ...fast, maxAttempts: 2 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await states(h, campaign.id)).toEqual([{ state: 'failed', attempts: 2 }])
  })

  it('a server that never greets times out before DATA: retried, not uncertain', async () => {
    const port = await rawPeer(cleanup, () => {}) // silence
    const { h, accountId } = await engineTo(port)
    const campaign = await createCampaign(h, accountId, recipients(1), {
      ...fast,
      maxAttempts: 2,
      timeoutMs: 1000,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await states(h, campaign.id)).toEqual([{ state: 'failed', attempts: 2 }])
    const [row] = await h.call<{ lastResponse: string }[]>('deliveries.list', {
      campaignId: campaign.id,
      state: 'failed',
    })
    expect(row!.lastResponse).toBe('No answer within 1 s')
  })

  it('a server that goes silent after taking the message leaves it uncertain', async () => {
    const port = await rawPeer(cleanup, (socket) => {
      socket.write('220 test\r\n')
      let inData = false
      socket.on('data', (chunk) => {
        if (inData) return // swallow the body and never answer
        const line = chunk.toString().toUpperCase()
        if (line.startsWith('DATA')) {
          inData = true
          socket.write('354 go ahead\r\n')
        } else socket.write('250 test\r\n')
      })
    })
    const { h, accountId } = await engineTo(port)
    const campaign = await createCampaign(h, accountId, recipients(1), { ...fast, timeoutMs: 1000 })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect(await states(h, campaign.id)).toEqual([{ state: 'uncertain', attempts: 1 }])
  })

  it('a slow server within the timeout is simply waited for', async () => {
    const sink = await sinkWith({})
    const slowPort = await rawPeer(cleanup, (client) => {
      // A proxy that holds every server reply for 300 ms.
      const upstream = connect(sink.port, '127.0.0.1')
      upstream.on('data', (d: Buffer) => setTimeout(() => client.write(d), 300))
      client.on('data', (d) => upstream.write(d))
      client.on('close', () => upstream.destroy())
      upstream.on('error', () => client.destroy())
    })
    const { h, accountId } = await engineTo(slowPort)
    const campaign = await createCampaign(h, accountId, recipients(2), {
      ...fast,
      timeoutMs: 10_000,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await waitForStatus(h, campaign.id, 'completed')
    expect((await states(h, campaign.id)).map((r) => r.state)).toEqual(['sent', 'sent'])
    expect(sink.received).toHaveLength(2)
  })

  it('stop waits for an in-flight send only up to its bound, then cuts it off', async () => {
    let bodySeen = false
    const port = await rawPeer(cleanup, (socket) => {
      socket.write('220 test\r\n')
      let inData = false
      socket.on('data', (chunk) => {
        if (inData) {
          bodySeen = true // take it all, never answer
          return
        }
        const line = chunk.toString().toUpperCase()
        if (line.startsWith('DATA')) {
          inData = true
          socket.write('354 go ahead\r\n')
        } else socket.write('250 test\r\n')
      })
    })
    const { h, accountId } = await engineTo(port)
    const campaign = await createCampaign(h, accountId, recipients(1), {
      ...fast,
      timeoutMs: 60_000,
    })
    await h.call('campaigns.start', { id: campaign.id })
    await expect.poll(() => bodySeen).toBe(true)
    const began = Date.now()
    await h.engine.stop(300)
    expect(Date.now() - began).toBeLessThan(5000) // not the 60 s timeout
    // The body had gone out when the connection was cut: it may have arrived.
    expect(await states(h, campaign.id)).toEqual([{ state: 'uncertain', attempts: 1 }])
  })
})
