/** The preheader: rendered per recipient, hidden first in the body, never in the text part. */
import { describe, expect, it } from 'vitest'
import { preheaderPosition, withPreheader } from './preheader'
import { renderMessage, TemplateError, type RenderInput } from './render'

function render(overrides: Partial<RenderInput> = {}) {
  return renderMessage({
    subject: 'Hello {{name}}',
    html: '<html><head><title>T</title></head><body><p>Hi {{name}}</p></body></html>',
    preheader: 'Spring offers for {{name}}',
    data: { name: 'Ada', email: 'ada@example.com' },
    images: [],
    ...overrides,
  })
}

/** The hidden element's opening tag, its text and the rest of the HTML after it. */
function hiddenElement(html: string) {
  const match = /<div style="([^"]*)">(.*?)((?:&#847;&zwnj;&nbsp;)+)<\/div>/.exec(html)
  if (!match) throw new Error(`no preheader element in ${html}`)
  return { index: match.index, style: match[1]!, text: match[2]!, padding: match[3]! }
}

describe('the preheader', () => {
  it('is the first thing inside <body>, rendered with the recipient’s data', () => {
    const out = render()
    expect(out.preheader).toBe('Spring offers for Ada')
    const element = hiddenElement(out.html)
    expect(element.text).toBe('Spring offers for Ada')
    expect(out.html.slice(0, element.index)).toBe('<html><head><title>T</title></head><body>')
    expect(out.html.endsWith('<p>Hi Ada</p></body></html>')).toBe(true)
  })

  it('goes after a <body> tag with attributes, even one written in capitals across lines', () => {
    const html = '<!DOCTYPE html>\n<BODY class="x"\n  style="margin:0" data-a=\'>\'><p>x</p></BODY>'
    const out = render({ html })
    const at = hiddenElement(out.html).index
    expect(out.html.slice(0, at)).toBe(
      '<!DOCTYPE html>\n<BODY class="x"\n  style="margin:0" data-a=\'>\'>',
    )
  })

  it('goes at the very start of a fragment without <body>, and ignores a <body> in a comment', () => {
    const out = render({ html: '<!-- <body> --><p>Hi {{name}}</p>' })
    expect(hiddenElement(out.html).index).toBe(0)
    expect(out.html.endsWith('<!-- <body> --><p>Hi Ada</p>')).toBe(true)
  })

  it('without a body, goes after the doctype, the <html> tag or the head, not into them', () => {
    expect(preheaderPosition('<!doctype html><p>x</p>')).toBe('<!doctype html>'.length)
    expect(preheaderPosition('<html lang="ru"><p>x</p>')).toBe('<html lang="ru">'.length)
    const head = '<html><head><style>p{}</style><title>x</title></head>'
    expect(preheaderPosition(`${head}\n<table><tr><td>x</td></tr></table></html>`)).toBe(
      head.length,
    )
    // Content begins before a later <html>-looking tag: the start of the content wins.
    expect(preheaderPosition('<p>one</p><html>')).toBe(0)
  })

  it('is hidden the way email developers hide it, padded so the body does not follow it', () => {
    const { style, padding } = hiddenElement(render().html)
    for (const rule of [
      'display:none',
      'max-height:0',
      'overflow:hidden',
      'mso-hide:all',
      'opacity:0',
    ]) {
      expect(style).toContain(rule)
    }
    expect(padding.length / '&#847;&zwnj;&nbsp;'.length).toBeGreaterThanOrEqual(50)
  })

  it('escapes the template’s text and the recipient’s values: they can never add markup', () => {
    const out = render({
      preheader: 'Tom & Jerry <b>{{name}}</b>',
      data: { name: '</div><script>alert(1)</script>"\'' },
    })
    expect(hiddenElement(out.html).text).toBe(
      'Tom &amp; Jerry &lt;b&gt;&lt;/div&gt;&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;&lt;/b&gt;',
    )
    expect(out.html).not.toContain('<script>')
    expect(out.preheader).toBe('Tom & Jerry <b></div><script>alert(1)</script>"\'</b>')
  })

  it('is one line: line breaks and runs of spaces in the template or the data become one space', () => {
    const out = render({ preheader: '  Hi\n{{name}}\t\t!  ', data: { name: 'Ada\r\nLovelace' } })
    expect(out.preheader).toBe('Hi Ada Lovelace !')
  })

  it('is not in the text part, generated or written', () => {
    const generated = render()
    expect(generated.text).toBe('Hi Ada')
    const written = render({ text: 'Plain {{name}}' })
    expect(written.text).toBe('Plain Ada')
  })

  it('adds nothing when empty, or when it renders to nothing for this recipient', () => {
    const html = '<body><p>Hi {{name}}</p></body>'
    expect(render({ html, preheader: '' }).html).toBe('<body><p>Hi Ada</p></body>')
    expect(render({ html, preheader: '{{#if vip}}VIP{{/if}} ' }).html).toBe(
      '<body><p>Hi Ada</p></body>',
    )
    expect(withPreheader('<p>x</p>', '')).toBe('<p>x</p>')
  })

  it('names a missing variable as the preheader’s', () => {
    try {
      render({ preheader: 'For {{city}}' })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError)
      expect(error).toMatchObject({
        part: 'preheader',
        variable: 'city',
        message: 'Missing variable "city" in the preheader (line 1)',
      })
    }
  })
})
