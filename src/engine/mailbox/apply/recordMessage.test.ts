/**
 * What a recognised mailbox message does, on a real database file after campaigns really sent
 * to a local SMTP server: the fixtures are rewritten to name the real deliveries, classified
 * and recorded as the reader would (inside a transaction).
 */
import { parse } from 'csv-parse/sync'
import { describe, expect, it, vi } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, closeAfterTest, openEngine, type Harness } from '@test/support/engineHarness'
import { fixture, fixtureId, recorder, sentCampaign } from '@test/support/mailboxFeedback'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'
import type { Campaign } from '@shared/contract'
import { REPORT_COLUMNS } from '../../report'
import { REPORT_WORDS } from '../../reportWords'
import { tokenOfMessageId } from './token'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()

async function engine() {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  return { h, accountId: account.id, record: recorder(h, cleanup) }
}

const feedbackOf = async (h: Harness, id: number) =>
  (await h.call<Campaign>('campaigns.get', { id })).progress.feedback

const suppression = (h: Harness, email: string) =>
  h.db.prepare('SELECT * FROM suppressions WHERE email = ?').get(email) as
    { reason: string; source: string; evidence_id: number | null } | undefined

const lines = async (h: Harness, campaignId: number | null) =>
  (
    await h.call<{ kind: string; email: string | null; params: Record<string, unknown> }[]>(
      'log.list',
      campaignId === null ? {} : { campaignId },
    )
  ).filter((l) => l.kind.startsWith('feedback.'))

const tally = (h: Harness) =>
  h.db
    .prepare(
      `SELECT (SELECT count(*) FROM mailbox_messages) AS messages,
              (SELECT count(*) FROM suppressions) AS suppressions,
              (SELECT count(*) FROM event_log) AS log,
              (SELECT group_concat(delivery_id || bounce || coalesce(bounced_at, '') ||
                 coalesce(replied_at, '') || coalesce(unsubscribed_at, ''))
               FROM delivery_feedback) AS feedback`,
    )
    .get()

/** The same fixture with the Subject replaced (ASCII, or UTF-8 written as RFC 2047). */
function withSubject(raw: Buffer, subject: string): Buffer {
  const encoded = /^[\x20-\x7e]*$/.test(subject)
    ? subject
    : `=?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`
  return Buffer.from(
    raw.toString('latin1').replace(/^Subject: .*$/m, `Subject: ${encoded}`),
    'latin1',
  )
}

describe('recordMessage', () => {
  it('a hard bounce: counted, the address on the do-not-send list with its evidence, logged, pushed', async () => {
    const { h, accountId, record } = await engine()
    const c = await sentCampaign(h, accountId, ['ghost.user@example.org', 'fine@example.org'])
    const raw = fixture('postfix-hard-multipart-report.eml', {
      [fixtureId(1)]: c.idOf('ghost.user@example.org'),
    })
    expect((await record(raw, { accountId })).recognised).toBe(true)

    const message = h.db.prepare('SELECT * FROM mailbox_messages').get() as Record<string, unknown>
    expect(message).toMatchObject({
      kind: 'bounce',
      severity: 'hard',
      status: '5.1.1',
      email: 'ghost.user@example.org',
      campaign_id: c.id,
    })
    expect(Buffer.compare(message.raw as Buffer, raw)).toBe(0)
    expect(suppression(h, 'ghost.user@example.org')).toEqual(
      expect.objectContaining({ source: 'bounce', evidence_id: message.id }),
    )
    expect(suppression(h, 'ghost.user@example.org')!.reason).toMatch(/5\.1\.1.*User unknown/)
    expect(await feedbackOf(h, c.id)).toEqual({
      bounced: 1,
      softBounced: 0,
      replied: 0,
      autoReplied: 0,
      unsubscribed: 0,
    })
    const pushed = h.events.filter(
      (e) => e.name === 'campaign.progress' && e.payload.campaignId === c.id,
    )
    expect(pushed.at(-1)?.payload).toMatchObject({ feedback: { bounced: 1 } })
    expect(await lines(h, c.id)).toEqual([
      expect.objectContaining({
        kind: 'feedback.bounced',
        email: 'ghost.user@example.org',
        params: { variant: 'hard' },
      }),
    ])
  })

  it('a hard bounce is never downgraded by a later soft one', async () => {
    const { h, accountId, record } = await engine()
    const c = await sentCampaign(h, accountId, ['full.box@example.org'])
    const id = c.idOf('full.box@example.org')
    const hard = fixture('postfix-hard-multipart-report.eml', {
      [fixtureId(1)]: id,
      'ghost.user@example.org': 'full.box@example.org',
    })
    await record(hard, { accountId })
    await record(fixture('soft-mailbox-full-422.eml', { [fixtureId(7)]: id }), { accountId })
    expect(await feedbackOf(h, c.id)).toMatchObject({ bounced: 1, softBounced: 0 })
    expect(h.db.prepare('SELECT count(*) FROM mailbox_messages').pluck().get()).toBe(2)
  })

  it('soft bounces in 3 campaigns in a row put the address on the list; a campaign without one breaks the row', async () => {
    const { h, accountId, record } = await engine()
    const a = 'full.box@example.org'
    const b = 'busy.box@example.org'
    const soft = (id: string, email: string) =>
      fixture('soft-mailbox-full-422.eml', { [fixtureId(7)]: id, 'full.box@example.org': email })
    const bounced: Record<string, number[]> = { [a]: [1, 3, 4], [b]: [2, 3, 4] }
    for (const n of [1, 2, 3, 4]) {
      const c = await sentCampaign(h, accountId, [a, b])
      for (const email of [a, b]) {
        if (bounced[email]!.includes(n)) await record(soft(c.idOf(email), email), { accountId })
      }
      expect(await feedbackOf(h, c.id)).toMatchObject({ bounced: 0 })
      // b's third campaign in a row is the 4th; a's row was broken by the 2nd.
      expect(suppression(h, b) !== undefined).toBe(n === 4)
      expect(suppression(h, a)).toBeUndefined()
      if (n === 4) {
        expect(await feedbackOf(h, c.id)).toMatchObject({ softBounced: 2 })
        expect(suppression(h, b)).toMatchObject({ source: 'bounce' })
        expect(suppression(h, b)!.reason).toMatch(
          /^Soft bounces in 3 campaigns in a row; .*4\.2\.2/,
        )
        expect((await lines(h, c.id)).map((l) => [l.email, l.params.variant])).toEqual([
          [b, 'softInARow'],
          [b, 'soft'],
          [a, 'soft'],
        ])
      }
    }
  })

  it('replies and automatic replies are counted apart', async () => {
    const { h, accountId, record } = await engine()
    const emails = ['mark.jones@example.com', 'anna.lee@example.com', 'sergey@example.org']
    const c = await sentCampaign(h, accountId, emails)
    await record(fixture('reply-en.eml', { [fixtureId(12)]: c.idOf(emails[0]!) }), { accountId })
    await record(fixture('out-of-office-en.eml', { [fixtureId(10)]: c.idOf(emails[1]!) }), {
      accountId,
    })
    await record(fixture('out-of-office-ru.eml', { [fixtureId(11)]: c.idOf(emails[2]!) }), {
      accountId,
    })
    expect(await feedbackOf(h, c.id)).toEqual({
      bounced: 0,
      softBounced: 0,
      replied: 1,
      autoReplied: 2,
      unsubscribed: 0,
    })
    expect((await lines(h, c.id)).map((l) => l.params.variant).sort()).toEqual([
      'autoReply',
      'autoReply',
      'reply',
    ])
    expect(h.db.prepare('SELECT count(*) FROM suppressions').pluck().get()).toBe(0)
  })

  it('honours unsubscribe requests: by token (English and Russian subjects), by a reply’s first line, by a bare subject', async () => {
    const { h, accountId, record } = await engine()
    const emails = ['kate@example.com', 'olga@example.com', 'pavel@example.net', 'tom@example.com']
    const c = await sentCampaign(h, accountId, emails)
    const token = (email: string) => tokenOfMessageId(`<${c.idOf(email)}>`)
    // The token names the delivery, whoever sends the request (here another address).
    const byToken = fixture('unsubscribe-mailto-token.eml', { Xk3vQ9mZt2Lp8Rw1: token(emails[0]!) })
    await record(byToken, { accountId })
    const ru = withSubject(
      fixture('unsubscribe-mailto-token.eml', { 'kate@example.com': 'o.petrova@example.ru' }),
      `Ответ: UNSUBSCRIBE-${token(emails[1]!).toUpperCase()}`,
    )
    await record(ru, { accountId })
    await record(fixture('reply-otpisatsya-ru.eml', { [fixtureId(14)]: c.idOf(emails[2]!) }), {
      accountId,
    })
    await record(fixture('unsubscribe-mailto-bare.eml'), { accountId })

    expect(await feedbackOf(h, c.id)).toMatchObject({ unsubscribed: 4 })
    for (const email of emails) {
      expect(suppression(h, email), email).toMatchObject({ source: 'unsubscribe' })
    }
    expect(suppression(h, 'o.petrova@example.ru')).toBeUndefined()
    const evidence = h.db.prepare('SELECT email, id FROM mailbox_messages ORDER BY id').all() as {
      email: string
      id: number
    }[]
    expect(evidence.map((e) => e.email)).toEqual(emails)
    for (const e of evidence) expect(suppression(h, e.email)!.evidence_id).toBe(e.id)
    expect((await lines(h, c.id)).map((l) => l.params.variant).reverse()).toEqual([
      'token',
      'token',
      'reply',
      'subject',
    ])
  })

  it('honours a request that matches no delivery, stored without a campaign; never the account’s own address', async () => {
    const { h, accountId, record } = await engine()
    const stranger = await record(fixture('unsubscribe-mailto-bare.eml'), { accountId })
    expect(stranger.recognised).toBe(true)
    expect(suppression(h, 'tom@example.com')).toMatchObject({ source: 'unsubscribe' })
    expect(h.db.prepare('SELECT campaign_id FROM mailbox_messages').pluck().all()).toEqual([null])
    const own = fixture('unsubscribe-mailto-bare.eml', { 'tom@example.com': 'sender@example.test' })
    expect((await record(own, { accountId })).recognised).toBe(false)
    expect(suppression(h, 'sender@example.test')).toBeUndefined()
  })

  it('a bounce without our Message-ID is matched by its recipient among the account’s recent messages', async () => {
    const { h, accountId, record } = await engine()
    const first = await sentCampaign(h, accountId, ['nobody.here@example.net', 'x@example.net'])
    const latest = await sentCampaign(h, accountId, ['nobody.here@example.net'])
    const raw = fixture('exim-hard-plain.eml', { [fixtureId(2)]: 'lost.42@elsewhere.example' })
    expect((await record(raw, { accountId })).recognised).toBe(true)
    expect(await feedbackOf(h, latest.id)).toMatchObject({ bounced: 1 })
    expect(await feedbackOf(h, first.id)).toMatchObject({ bounced: 0 })
    expect(suppression(h, 'nobody.here@example.net')).toMatchObject({ source: 'bounce' })
  })

  it('leaves out bounces and replies that match no delivery', async () => {
    const { h, accountId, record } = await engine()
    await sentCampaign(h, accountId, ['someone@example.org'])
    const bounce = await record(fixture('exim-hard-plain.eml'), { accountId })
    const reply = await record(fixture('reply-en.eml'), { accountId })
    expect([bounce.recognised, reply.recognised]).toEqual([false, false])
    expect(tally(h)).toMatchObject({ messages: 0, suppressions: 0, feedback: null })
  })

  it('a message read again changes nothing', async () => {
    const { h, accountId, record } = await engine()
    const c = await sentCampaign(h, accountId, ['ghost.user@example.org', 'kate@example.com'])
    const bounce = fixture('postfix-hard-multipart-report.eml', {
      [fixtureId(1)]: c.idOf('ghost.user@example.org'),
    })
    const unsubscribe = fixture('unsubscribe-mailto-token.eml', {
      Xk3vQ9mZt2Lp8Rw1: tokenOfMessageId(`<${c.idOf('kate@example.com')}>`),
    })
    await record(bounce, { accountId, uid: 7 })
    await record(unsubscribe, { accountId, uid: 8 })
    const before = tally(h)
    h.db.prepare('DELETE FROM suppressions').run() // even after the user lifted them
    const lifted = tally(h)
    expect((await record(bounce, { accountId, uid: 7 })).recognised).toBe(true)
    expect((await record(unsubscribe, { accountId, uid: 8 })).recognised).toBe(true)
    expect(tally(h)).toEqual(lifted)
    expect(before).toMatchObject({ messages: 2, suppressions: 2 })
  })

  it('the same message read again under a new UIDVALIDITY or in another folder changes nothing', async () => {
    const { h, accountId, record } = await engine()
    const c = await sentCampaign(h, accountId, ['ghost.user@example.org'])
    const bounce = fixture('postfix-hard-multipart-report.eml', {
      [fixtureId(1)]: c.idOf('ghost.user@example.org'),
    })
    await record(bounce, { accountId, uid: 7 })
    const before = tally(h)
    // The server renumbered INBOX, or the bounce was moved to a folder that is read too.
    expect((await record(bounce, { accountId, uid: 1 })).recognised).toBe(true)
    expect((await record(bounce, { accountId, uid: 1, folder: 'Bounces' })).recognised).toBe(true)
    expect(tally(h)).toEqual(before)
  })

  it('the report shows each recipient’s bounce, reply, auto-reply and unsubscribe', async () => {
    const { h, accountId, record } = await engine()
    const emails = ['ghost.user@example.org', 'mark.jones@example.com', 'anna.lee@example.com']
    const c = await sentCampaign(h, accountId, [...emails, 'kate@example.com'])
    await record(
      fixture('postfix-hard-multipart-report.eml', { [fixtureId(1)]: c.idOf(emails[0]!) }),
      {
        accountId,
      },
    )
    await record(fixture('reply-en.eml', { [fixtureId(12)]: c.idOf(emails[1]!) }), { accountId })
    await record(fixture('out-of-office-en.eml', { [fixtureId(10)]: c.idOf(emails[2]!) }), {
      accountId,
    })
    await record(
      fixture('unsubscribe-mailto-token.eml', {
        Xk3vQ9mZt2Lp8Rw1: tokenOfMessageId(`<${c.idOf('kate@example.com')}>`),
      }),
      { accountId },
    )
    const column = (name: string) => REPORT_COLUMNS.indexOf(name)
    const read = async (language: 'en' | 'ru') => {
      const { csv } = await h.call<{ csv: string }>('campaigns.report', { id: c.id, language })
      return parse(csv, { bom: true }) as string[][]
    }
    const rows = await read('en')
    const cells = (row: string[]) =>
      [
        'Bounce',
        'Bounce status',
        'Replied at (UTC)',
        'Auto-replied at (UTC)',
        'Unsubscribed at (UTC)',
      ].map((name) =>
        /at \(UTC\)/.test(name) ? (row[column(name)] ? 'at' : '') : row[column(name)],
      )
    expect(rows.slice(1).map((r) => [r[0], ...cells(r)])).toEqual([
      ['ghost.user@example.org', 'hard', '5.1.1', '', '', ''],
      ['mark.jones@example.com', '', '', 'at', '', ''],
      ['anna.lee@example.com', '', '', '', 'at', ''],
      ['kate@example.com', '', '', '', '', 'at'],
    ])
    expect(rows[1]![column('Replied at (UTC)') - 1]).toBe('5.1.1')
    const ru = await read('ru')
    expect(ru[0]!.slice(8, 13)).toEqual(REPORT_WORDS.ru.columns.slice(8))
    expect(ru[1]![column('Bounce')]).toBe('постоянный')
  })
})
