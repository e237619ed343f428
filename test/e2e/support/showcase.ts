/**
 * A realistic state for screenshots and whole-window checks, made through the host API the way
 * a user would: an SMTP account on a local server that refuses some addresses, a sent campaign
 * with failures, a trial run into the test inbox, a paused campaign, a draft and a suppression.
 */
import { STARTERS } from '@shared/letter/starters'
import { solidPng } from '../../support/png'
import { reply, type SinkScript } from '../../support/smtpSink'
import { campaignReaches, type hostApi } from './api'

type Call = ReturnType<typeof hostApi>

export interface Showcase {
  /** A completed campaign with sent and failed recipients. */
  sent: number
  /** A draft with recipients, an image and a letter. */
  draft: number
  /** Sent through the test inbox to addresses that bounce, reply and answer from away. */
  trial: number
  /** Drafts written in the visual editor, a letter in each language, with the banner. */
  visual: Record<'en' | 'ru', number>
}

/** The SMTP sink's script for the showcase: addresses starting with "old." do not exist. */
export const showcaseSink: SinkScript = {
  rcpt: (to) => (to.startsWith('old.') ? reply(550, '5.1.1 <' + to + '>: user unknown') : null),
}

const LETTER = `<h1>Hello, {{name}}!</h1>
<p>Our spring collection is here, and as a thank-you for staying with us since {{since}},
here is <b>15% off</b> everything until Sunday.</p>
<p><img src="cid:banner" alt="Spring collection" style="max-width:100%;height:auto"></p>
<p><a href="https://shop.example.com/spring?utm_source=outbox">See the collection</a></p>
<p style="font-size:12px;color:#888"><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>
`

const NAMES = ['Anna', 'Boris', 'Vera', 'Grigory', 'Daria', 'Egor', 'Zhanna', 'Ivan', 'Kira']

export async function seedShowcase(call: Call, smtpPort: number): Promise<Showcase> {
  const accounts = await call('accounts.list')
  const testInbox = accounts.find((a) => a.builtin)!
  const shop = await call('accounts.create', {
    name: 'Shop newsletter',
    host: '127.0.0.1',
    port: smtpPort,
    security: 'none',
    fromName: 'Example Shop',
    fromEmail: 'news@shop.example.com',
    replyTo: 'hello@shop.example.com',
    defaults: { delayMs: 20, concurrency: 2 },
    hourlyCap: 500,
    dailyCap: 5000,
  })
  // Two of sixty do not exist: more than 5 % would pause the campaign to protect the account.
  const people = Array.from({ length: 60 }, (_, i) => ({
    email: i % 30 === 5 ? `old.customer${i}@example.com` : `customer${i + 1}@example.com`,
    data: { name: NAMES[i % NAMES.length]!, since: String(2015 + (i % 9)) },
  }))
  const banner = { cid: 'banner', filename: 'banner.png', contentType: 'image/png' as const }
  const bannerBlock = {
    type: 'image' as const,
    id: 'banner',
    cid: 'banner',
    alt: 'Autumn',
    url: null,
    width: null,
    align: 'center' as const,
  }
  const image = { ...banner, dataBase64: solidPng(600, 160, [94, 106, 210]).toString('base64') }
  const campaign = (name: string, accountId: number, delayMs: number) =>
    call('campaigns.create', {
      name,
      accountId,
      subject: 'Spring is here, {{name}}: 15% off until Sunday',
      html: LETTER,
      recipients: people,
      images: [image],
      unsubscribe: { mailto: null, url: 'https://shop.example.com/unsubscribe?e={{email}}' },
      settings: { delayMs, concurrency: 2, maxAttempts: 3, backoffMs: 60_000, timeoutMs: 120_000 },
    })

  const sent = await campaign('Spring sale', shop.id, 20)
  await call('campaigns.start', { id: sent.id })
  await campaignReaches(call, sent.id, ['completed'])

  const trial = await campaign('Spring sale — trial run', testInbox.id, 0)
  // The test inbox answers as the world would: a bounce, a full mailbox, a reply, an absence.
  const answering = ['bounce-', 'softbounce-', 'reply-', 'autoreply-', '', '']
  const trialPeople = people
    .slice(0, 6)
    .map((p, i) => ({ ...p, email: `${answering[i]!}${p.email}` }))
  await call('campaigns.setRecipients', { id: trial.id, recipients: trialPeople })
  await call('campaigns.start', { id: trial.id })
  await campaignReaches(call, trial.id, ['completed'])
  await answersRead(call, trial.id, 4)

  // Paused part-way: a few sent, the rest waiting.
  const paused = await campaign('Loyalty programme', shop.id, 1500)
  await call('campaigns.start', { id: paused.id })
  await sentAtLeast(call, paused.id, 2)
  await call('campaigns.pause', { id: paused.id })

  await call('suppressions.add', {
    emails: ['unsubscribed@example.com'],
    reason: 'Asked to be removed',
  })
  const draft = await campaign('Autumn newsletter', shop.id, 2000)
  const visual = async (language: 'en' | 'ru') => {
    const starter = STARTERS.newsletter[language]
    const withBanner = [starter.blocks[0]!, bannerBlock, ...starter.blocks.slice(1)]
    const created = await call('campaigns.create', {
      name: language === 'en' ? 'Autumn newsletter (visual)' : 'Осенние новости',
      accountId: shop.id,
      subject: language === 'en' ? 'News of the month' : 'Новости месяца',
      design: { ...starter, blocks: withBanner },
      recipients: people,
      images: [image],
      unsubscribe: { mailto: null, url: 'https://shop.example.com/unsubscribe?e={{email}}' },
    })
    return created.id
  }
  return {
    sent: sent.id,
    draft: draft.id,
    trial: trial.id,
    visual: { en: await visual('en'), ru: await visual('ru') },
  }
}

async function sentAtLeast(call: Call, id: number, count: number, timeoutMs = 30_000) {
  const until = Date.now() + timeoutMs
  while ((await call('campaigns.progress', { campaignId: id })).sent < count) {
    if (Date.now() > until) throw new Error(`Campaign ${id} has not sent ${count} yet`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Waits until the mailbox reader has read `n` answers to the campaign (bounded). */
async function answersRead(
  call: ReturnType<typeof hostApi>,
  id: number,
  n: number,
  timeoutMs = 30_000,
): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const { feedback } = await call('campaigns.progress', { campaignId: id })
    const read = feedback.bounced + feedback.softBounced + feedback.replied + feedback.autoReplied
    if (read >= n) return
    if (Date.now() > until) throw new Error(`Campaign ${id} has ${read} answers read, not ${n}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
