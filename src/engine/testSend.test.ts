/** Test send: the queue's render path, sent at once to an address the user types. */
import { describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, openEngine, recipients } from '@test/support/engineHarness'
import { reply, startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

const tempDir = useTempDir()
const cleanup = useCleanups()

async function setup() {
  const sink = await startSmtpSink({
    rcpt: (to) => (to === 'refused@example.com' ? reply(550, '5.1.1 No such user') : null),
  })
  cleanup(() => sink.close())
  const h = openEngine(tempDir())
  cleanup(() => void h.db.close())
  const account = await addAccount(h, sink.port)
  const campaign = await h.call<{ id: number }>('campaigns.create', {
    name: 'News',
    accountId: account.id,
    subject: 'News for {{name}}',
    html: '<p>Dear {{name}}</p>',
    recipients: [...recipients(3), { email: 'nameless@example.test' }],
  })
  return { h, sink, campaignId: campaign.id }
}

describe('campaigns.testSend', () => {
  it('renders the chosen recipient and sends it now to the typed address, outside the queue', async () => {
    const { h, sink, campaignId } = await setup()
    const result = await h.call('campaigns.testSend', {
      id: campaignId,
      recipientEmail: 'R1@example.test',
      to: 'me@example.com',
    })
    expect(result).toMatchObject({ ok: true, code: 250, renderedFor: 'r1@example.test' })
    expect(sink.received.map((m) => m.to)).toEqual(['me@example.com'])
    expect(sink.received[0]!.raw).toContain('Subject: News for R1')
    expect(h.db.prepare('SELECT count(*) FROM deliveries').pluck().get()).toBe(0)
    const c = await h.call<{ status: string }>('campaigns.get', { id: campaignId })
    expect(c.status).toBe('draft')
  })

  it('shows the server’s refusal as it is', async () => {
    const { h, campaignId } = await setup()
    const result = await h.call('campaigns.testSend', { id: campaignId, to: 'refused@example.com' })
    expect(result).toMatchObject({
      ok: false,
      code: 550,
      response: expect.stringContaining('No such user'),
    })
  })

  it('explains a template that does not fit the recipient, and an unknown recipient', async () => {
    const { h, sink, campaignId } = await setup()
    const missing = await h.engine.dispatch('campaigns.testSend', {
      id: campaignId,
      recipientEmail: 'nameless@example.test',
      to: 'me@example.com',
    })
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('"name"'),
        // What and where, for the window's words: the subject's {{name}}.
        reason: 'template.missingVariable',
        params: expect.objectContaining({ part: 'subject', variable: 'name', line: 1 }),
      },
    })
    const unknown = await h.engine.dispatch('campaigns.testSend', {
      id: campaignId,
      recipientEmail: 'who@example.com',
      to: 'me@example.com',
    })
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: 'not_found', reason: 'recipient.notFound' },
    })
    expect(sink.received).toHaveLength(0)
  })
})
