/**
 * A visual letter becomes email-safe HTML: read back with a real HTML parser, every block kind
 * is there with its styles inline, nothing runs, nothing is fetched, and typed words stay words.
 */
import { DomUtils, parseDocument } from 'htmlparser2'
import type { Element } from 'domhandler'
import { describe, expect, it } from 'vitest'
import { LetterDesign, type Block, type RichText } from './design'
import { fieldToTemplate, textToTemplate, variableToTemplate } from './escape'
import { LETTER_WIDTH, toEmailHtml } from './toEmailHtml'

const theme = {
  background: '#f4f4f5',
  paper: '#ffffff',
  text: '#1f2937',
  accent: '#2563eb',
  font: 'sans',
} as const

const rich = (...paragraphs: RichText['content']): RichText => ({
  type: 'doc',
  content: paragraphs,
})
const para = (
  ...content: NonNullable<Extract<RichText['content'][number], { type: 'paragraph' }>['content']>
) => ({
  type: 'paragraph' as const,
  content,
})
const words = (text: string, marks?: { type: 'bold' | 'italic' | 'underline' }[]) => ({
  type: 'text' as const,
  text,
  ...(marks && { marks }),
})
const variable = (name: string) => ({ type: 'variable' as const, attrs: { name } })

function letter(...blocks: Block[]) {
  return toEmailHtml(LetterDesign.parse({ version: 1, language: 'ru', theme, blocks }))
}

const elements = (html: string, tag?: string) =>
  DomUtils.findAll(
    (e) => tag === undefined || e.name === tag,
    parseDocument(html).children,
  ) as Element[]

const EVERY_KIND: Block[] = [
  { type: 'heading', id: 'h', level: 1, text: rich(para(words('Hello, '), variable('name'))) },
  {
    type: 'text',
    id: 't',
    text: rich(
      para(
        words('Bold', [{ type: 'bold' }]),
        words(' and '),
        words('italic', [{ type: 'italic' }]),
      ),
      {
        type: 'bulletList',
        content: [
          { type: 'listItem', content: [para(words('one'))] },
          { type: 'listItem', content: [para(words('two'))] },
        ],
      },
    ),
  },
  {
    type: 'button',
    id: 'b',
    label: 'Buy now',
    url: 'https://shop.example/?c={{code}}',
    align: 'center',
    colour: null,
  },
  {
    type: 'image',
    id: 'i',
    cid: 'logo',
    alt: 'Our logo',
    url: 'https://shop.example',
    width: 200,
    align: 'center',
  },
  { type: 'divider', id: 'd' },
  { type: 'spacer', id: 's', height: 32 },
  {
    type: 'columns',
    id: 'c',
    columns: [
      [{ type: 'text', id: 'l', text: rich(para(words('Left'))) }],
      [{ type: 'text', id: 'r', text: rich(para(words('Right'))) }],
    ],
  },
  {
    type: 'footer',
    id: 'f',
    text: rich(
      para(
        words('Unsubscribe', [{ type: 'link', attrs: { href: '{{unsubscribeUrl}}' } } as never]),
      ),
    ),
  },
]

describe('a visual letter as email HTML', () => {
  const html = letter(...EVERY_KIND)

  it('holds every block kind', () => {
    expect(elements(html, 'h1').map((e) => DomUtils.textContent(e))).toEqual(['Hello, {{name}}'])
    expect(elements(html, 'strong').map((e) => DomUtils.textContent(e))).toEqual(['Bold'])
    expect(elements(html, 'em').map((e) => DomUtils.textContent(e))).toEqual(['italic'])
    expect(elements(html, 'li').map((e) => DomUtils.textContent(e))).toEqual(['one', 'two'])
    const links = elements(html, 'a').map((a) => [DomUtils.textContent(a), a.attribs.href])
    expect(links).toEqual([
      ['Buy now', 'https://shop.example/?c={{code}}'],
      ['', 'https://shop.example'],
      ['Unsubscribe', '{{unsubscribeUrl}}'],
    ])
    const [img] = elements(html, 'img')
    expect(img!.attribs).toMatchObject({ src: 'cid:logo', alt: 'Our logo', width: '200' })
    expect(elements(html, 'table').filter((t) => t.attribs.class === 'outbox-column')).toHaveLength(
      2,
    )
    expect(elements(html, 'td').some((td) => td.attribs.height === '32')).toBe(true)
    expect(html).toContain('border-top:1px solid')
  })

  it('lays out with tables, the letter 600 px wide, and says its language', () => {
    const [html_] = elements(html, 'html')
    expect(html_!.attribs.lang).toBe('ru')
    const sheet = elements(html, 'table').find((t) => t.attribs.class === 'outbox-letter')
    expect(sheet!.attribs.width).toBe(String(LETTER_WIDTH))
    expect(elements(html, 'div')).toEqual([]) // no layout a Word-rendered Outlook would break
  })

  it('styles every piece of text inline, runs nothing and fetches nothing', () => {
    for (const e of elements(html).filter((e) =>
      ['p', 'li', 'h1', 'a', 'td', 'ul'].includes(e.name),
    )) {
      expect([e.name, e.attribs.style ?? '']).not.toEqual([e.name, ''])
    }
    for (const e of elements(html, 'p'))
      expect(e.attribs.style).toMatch(/font-family:.*font-size:1[26]px.*color:#/)
    expect(elements(html, 'script')).toEqual([])
    expect(elements(html, 'link')).toEqual([])
    expect(html).not.toMatch(/@import|url\(|javascript:|\son[a-z]+=/i)
    for (const e of elements(html)) {
      for (const name of Object.keys(e.attribs)) expect(name).not.toMatch(/^on/i)
    }
    // The only <style> is the phone layout, which nothing needs to read the letter.
    const styles = elements(html, 'style').map((s) => DomUtils.textContent(s))
    expect(styles).toHaveLength(1)
    expect(styles[0]).toMatch(/^@media only screen and \(max-width:620px\)/)
  })

  it('keeps typed words as words: markup and template braces are escaped', () => {
    const typed = letter({
      type: 'text',
      id: 't',
      text: rich(para(words('<b>5 > 3</b> & {{name}} {{{raw}}}'))),
    })
    const [p] = elements(typed, 'p')
    expect(DomUtils.getInnerHTML(p!)).toBe(
      '&lt;b&gt;5 &gt; 3&lt;/b&gt; &amp; \\{{name}} \\{{{raw}}}',
    )
    expect(elements(typed, 'b')).toEqual([])
  })

  it('a button or link field keeps {{variables}} but never the unescaped {{{ }}} form', () => {
    const html = letter({
      type: 'button',
      id: 'b',
      label: 'Hi {{{name}}} "quoted" {{& name}}',
      url: 'https://x.example/{{{code}}}?a=1&b=2',
      align: 'left',
      colour: '#ff0000',
    })
    const [a] = elements(html, 'a')
    expect(a!.attribs.href).toBe('https://x.example/{{code}}?a=1&b=2')
    expect(DomUtils.textContent(a!)).toBe('Hi {{name}} "quoted" {{name}}')
    expect(html).not.toContain('{{{')
    expect(a!.attribs.style).toContain('background-color:#ff0000')
  })

  it('writes any column name as a variable Handlebars reads', () => {
    expect(variableToTemplate('name')).toBe('{{name}}')
    expect(variableToTemplate('first name')).toBe('{{[first name]}}')
    expect(variableToTemplate('Имя')).toBe('{{[Имя]}}')
    expect(textToTemplate('{{x}}')).toBe('\\{{x}}')
    expect(fieldToTemplate('{{{x}}}')).toBe('{{x}}')
  })

  it('refuses what could run or break out: script links, odd colours, variable names with braces', () => {
    const bad = (block: unknown) =>
      LetterDesign.safeParse({ version: 1, language: 'en', theme, blocks: [block] }).success
    expect(
      bad({
        type: 'button',
        id: 'b',
        label: 'x',
        url: 'javascript:alert(1)',
        align: 'left',
        colour: null,
      }),
    ).toBe(false)
    expect(
      bad({
        type: 'button',
        id: 'b',
        label: 'x',
        url: 'https://ok',
        align: 'left',
        colour: 'red;background:url(x)',
      }),
    ).toBe(false)
    expect(bad({ type: 'text', id: 't', text: rich(para(variable('a}}{{b'))) })).toBe(false)
    expect(
      bad({ type: 'text', id: 't', text: rich(para({ type: 'image', attrs: {} } as never)) }),
    ).toBe(false)
    expect(bad({ type: 'text', id: 't', text: rich(para(words('fine'))) })).toBe(true)
  })
})
