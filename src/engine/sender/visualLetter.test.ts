/**
 * A letter made in the visual editor, as a recipient gets it: every starter in both languages
 * and a letter with an image and a button, sent through the queue to a real SMTP server and
 * read back with mailparser. A recipient's value stays text; the image arrives inline.
 */
import { DomUtils, parseDocument } from 'htmlparser2'
import { simpleParser, type ParsedMail } from 'mailparser'
import { describe, expect, it, vi } from 'vitest'
import { LetterDesign, type Block } from '@shared/letter/design'
import { STARTERS, STARTER_KINDS } from '@shared/letter/starters'
import { toEmailHtml } from '@shared/letter/toEmailHtml'
import { useCleanups } from '@test/support/cleanups'
import {
  addAccount,
  closeAfterTest,
  fast,
  openEngine,
  waitForStatus,
} from '@test/support/engineHarness'
import { startSmtpSink } from '@test/support/smtpSink'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 60_000 })
const tempDir = useTempDir()
const cleanup = useCleanups()
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

async function send(
  letters: { name: string; html: string }[],
  extra: Record<string, unknown> = {},
): Promise<ParsedMail[]> {
  const sink = await startSmtpSink()
  cleanup(() => sink.close())
  const h = closeAfterTest(cleanup, openEngine(tempDir()))
  h.engine.start()
  const account = await addAccount(h, sink.port)
  for (const letter of letters) {
    const { id } = await h.call<{ id: number }>('campaigns.create', {
      name: letter.name,
      accountId: account.id,
      subject: letter.name,
      html: letter.html,
      settings: fast,
      unsubscribe: { mailto: null, url: 'https://example.test/u/{{email}}' },
      recipients: [{ email: 'ann@example.test', data: { name: '<b>Ann</b> & {{co}}' } }],
      ...extra,
    })
    await h.call('campaigns.start', { id })
    await waitForStatus(h, id, 'completed')
  }
  return Promise.all(sink.received.map((m) => simpleParser(m.raw, { keepCidLinks: true })))
}

const text = (html: string, tag: string) =>
  DomUtils.findAll((e) => e.name === tag, parseDocument(html).children).map((e) =>
    DomUtils.textContent(e).trim(),
  )

describe('a visual letter, as received', () => {
  it('every starter, in English and Russian, arrives whole: its heading, its button, a text part and a working unsubscribe link', async () => {
    const letters = STARTER_KINDS.flatMap((kind) =>
      (['en', 'ru'] as const).map((language) => ({
        name: `${kind}-${language}`,
        design: STARTERS[kind][language],
      })),
    )
    const mails = await send(letters.map((l) => ({ name: l.name, html: toEmailHtml(l.design) })))
    expect(mails.map((m) => m.subject)).toEqual(letters.map((l) => l.name))
    for (const [i, mail] of mails.entries()) {
      const { design } = letters[i]!
      const html = mail.html as string
      const firstHeading = design.blocks.find((b) => b.type === 'heading')
      if (firstHeading) expect(text(html, 'h1')[0]).toBe(text(toEmailHtml(design), 'h1')[0])
      for (const b of design.blocks.filter((b) => b.type === 'button'))
        expect(text(html, 'a')).toContain(b.label)
      expect(html).toContain('href="https://example.test/u/ann@example.test"')
      expect(mail.text!.length).toBeGreaterThan(50)
      expect(mail.text).not.toContain('<')
    }
  })

  it('a recipient’s value stays text, and the image arrives inline with the cid the letter names', async () => {
    const blocks: Block[] = [
      {
        type: 'heading',
        id: 'h',
        level: 1,
        text: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Hello, ' },
                { type: 'variable', attrs: { name: 'name' } },
              ],
            },
          ],
        },
      },
      { type: 'image', id: 'i', cid: 'logo', alt: 'Logo', url: null, width: 120, align: 'center' },
      {
        type: 'button',
        id: 'b',
        label: 'Open',
        url: 'https://example.test/o?c={{email}}',
        align: 'left',
        colour: null,
      },
    ]
    const html = toEmailHtml(
      LetterDesign.parse({
        version: 1,
        language: 'en',
        theme: STARTERS.newsletter.en.theme,
        blocks,
      }),
    )
    const [mail] = await send([{ name: 'with image', html }], {
      images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
    })
    expect(text(mail!.html as string, 'h1')).toEqual(['Hello, <b>Ann</b> & {{co}}'])
    expect(text(mail!.html as string, 'b')).toEqual([])
    const logo = mail!.attachments.find((a) => a.filename === 'logo.png')!
    expect(logo).toMatchObject({ cid: 'logo', contentDisposition: 'inline', related: true })
    expect(logo.content.toString('base64')).toBe(PNG)
    expect(mail!.html).toContain('src="cid:logo"')
    expect(mail!.html).toContain('href="https://example.test/o?c=ann@example.test"')
  })
})
