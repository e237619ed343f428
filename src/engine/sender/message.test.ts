/** What actually arrives at the server, and what the log file and queue monitor say about it. */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { useTempDir } from '@test/support/tempDir'
import {
  addAccount,
  closeAfterTest,
  fast,
  openEngine,
  waitForStatus,
  type Harness,
} from '@test/support/engineHarness'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { createLogFile } from '../log/logFile'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

// A 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function setup(script = {}) {
  const dir = tempDir()
  const sink = await startSmtpSink(script)
  const h = openEngine(dir, { logFile: createLogFile({ dir }) })
  cleanup(() => sink.close())
  closeAfterTest(cleanup, h)
  h.engine.start()
  const account = await addAccount(h, sink.port)
  return { dir, sink, h, accountId: account.id }
}

async function send(h: Harness, accountId: number, extra: Record<string, unknown>) {
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'Message test',
    accountId,
    subject: 'News for {{name}}',
    html: '<h1>Hello {{name}}</h1><img src="cid:logo"><p><a href="https://example.test/u">Unsubscribe</a></p>',
    settings: fast,
    ...extra,
  })
  await h.call('campaigns.start', { id: campaign.id })
  await waitForStatus(h, campaign.id, 'completed')
  return campaign.id
}

describe('the message a recipient gets', () => {
  it('embeds referenced images as CID attachments and carries a text part', async () => {
    const { h, sink, accountId } = await setup()
    await send(h, accountId, {
      recipients: [{ email: 'ann@example.test', data: { name: 'Ann <3' } }],
      images: [
        { cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG },
        { cid: 'unused', filename: 'unused.png', contentType: 'image/png', dataBase64: PNG },
      ],
    })
    const raw = sink.received[0]!.raw
    expect(raw).toContain('Content-Type: multipart/related')
    expect(raw).toMatch(/Content-ID: <logo>/i)
    expect(raw).not.toMatch(/unused\.png/)
    expect(raw).toContain('Content-Type: text/plain')
    expect(raw).toContain('Hello Ann &lt;3') // escaped in the HTML part
    expect(raw).toMatch(/HELLO ANN <3|Hello Ann <3/) // plain in the text part
    expect(raw).toContain('Subject: News for Ann <3')
  })

  it('never lets recipient data add a header or a recipient', async () => {
    const { h, sink, accountId } = await setup()
    await send(h, accountId, {
      recipients: [{ email: 'bob@example.test', data: { name: 'Bob\r\nBcc: evil@example.test' } }],
    })
    expect(sink.received.map((m) => m.to)).toEqual(['bob@example.test'])
    const headers = sink.received[0]!.raw.split('\r\n\r\n')[0]!
    expect(headers).not.toMatch(/^Bcc:/im)
    expect(headers).toMatch(/^Subject: News for Bob Bcc: evil@example\.test$/m)
  })
})

describe('the log file and the queue monitor', () => {
  it('write "Campaign email sent" and "Campaign email failed" lines to the data folder', async () => {
    const { dir, h, accountId } = await setup({
      rcpt: (to: string) => (to.startsWith('bad') ? reply(550, '5.1.1 No such user') : null),
    })
    const campaignId = await send(h, accountId, {
      recipients: [
        { email: 'good@example.test', data: { name: 'G' } },
        { email: 'bad@example.test', data: { name: 'B' } },
      ],
    })
    const text = readFileSync(join(dir, 'outbox.log'), 'utf8')
    expect(text).toMatch(
      new RegExp(
        `INFO "Campaign email sent" campaign=${campaignId} recipient="good@example.test" response="250`,
      ),
    )
    expect(text).toMatch(
      /ERROR "Campaign email failed: .*" campaign=\d+ recipient="bad@example\.test" response="550 5\.1\.1 No such user"/,
    )

    const snapshot = await h.call<{
      byState: Record<string, number>
      inFlight: number
      accounts: unknown[]
    }>('queue.snapshot')
    expect(snapshot.byState).toMatchObject({ sent: 1, failed: 1, queued: 0, sending: 0 })
    expect(snapshot.inFlight).toBe(0)
    expect(snapshot.accounts).toEqual([
      expect.objectContaining({ accountId, throttledUntil: null, paceMs: 0 }),
    ])
  })

  it('quote a hostile server reply: no forged field and no control character in the file', async () => {
    const hostile = '5.1.1 No such user\u001b[2J\u0000 recipient="forged@example.test" campaign=999'
    const { dir, h, accountId } = await setup({ rcpt: () => reply(550, hostile) })
    await send(h, accountId, { recipients: [{ email: 'bad@example.test', data: { name: 'B' } }] })
    const text = readFileSync(join(dir, 'outbox.log'), 'utf8')
    const line = text.split('\n').find((l) => l.includes('ERROR'))!
    expect(line).not.toMatch(/\p{Cc}/u)
    // Outside quoted values, the line has exactly our own fields.
    const unquoted = line.replace(/"(?:[^"\\]|\\.)*"/g, '""')
    expect(unquoted).toMatch(/^\S+ ERROR "" campaign=\d+ recipient="" response=""$/)
  })
})
