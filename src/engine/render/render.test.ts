import { describe, expect, it } from 'vitest'
import {
  type CampaignImage,
  type RenderInput,
  htmlToText,
  renderMessage,
  TEMPLATE_CACHE_LIMIT,
  templateCacheSize,
  TemplateError,
} from './render'

const logo: CampaignImage = {
  cid: 'logo',
  filename: 'logo.png',
  contentType: 'image/png',
  content: Buffer.from('logo-bytes'),
}
const banner: CampaignImage = {
  cid: 'banner',
  filename: 'banner.jpg',
  contentType: 'image/jpeg',
  content: Buffer.from('banner-bytes'),
}

function input(overrides: Partial<RenderInput> = {}): RenderInput {
  return {
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    data: { name: 'Ada', email: 'ada@example.com' },
    images: [],
    ...overrides,
  }
}

function renderError(overrides: Partial<RenderInput>): TemplateError {
  try {
    renderMessage(input(overrides))
  } catch (error) {
    expect(error).toBeInstanceOf(TemplateError)
    return error as TemplateError
  }
  throw new Error('expected a TemplateError')
}

describe('renderMessage: variables', () => {
  it('fills the subject, HTML and text templates from the recipient data', () => {
    const out = renderMessage(
      input({
        html: '<p>Hi {{name}} ({{email}})</p>',
        text: 'Hi {{name}}, your code is {{[Promo Code]}}',
        data: { name: 'Ada', email: 'ada@example.com', 'Promo Code': 'X-42' },
      }),
    )
    expect(out.subject).toBe('Hello Ada')
    expect(out.html).toBe('<p>Hi Ada (ada@example.com)</p>')
    expect(out.text).toBe('Hi Ada, your code is X-42')
  })

  it('escapes data in the HTML but keeps it raw in the subject and text', () => {
    const name = '<script>alert("x")</script> & co'
    const out = renderMessage(input({ text: 'Hi {{name}}', data: { name } }))
    expect(out.html).not.toContain('<script>')
    expect(out.html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co')
    expect(out.text).toBe(`Hi ${name}`)
    expect(out.subject).toBe(`Hello ${name}`)
  })

  it('lets {{#if}} test a column that is missing without failing', () => {
    const out = renderMessage(
      input({ html: '<p>{{#if coupon}}Code {{coupon}}{{else}}none{{/if}}</p>' }),
    )
    expect(out.html).toBe('<p>none</p>')
  })
})

describe('renderMessage: template errors', () => {
  it('names the missing variable and the part, for the subject', () => {
    const error = renderError({ subject: 'Hello {{firstName}}' })
    expect(error.part).toBe('subject')
    expect(error.variable).toBe('firstName')
    expect(error.message).toContain('Missing variable "firstName" in the subject')
  })

  it('names the whole path of a missing nested variable in the HTML', () => {
    const error = renderError({ html: '<p>\n  {{user.city}}</p>', data: { name: 'Ada', user: {} } })
    expect(error.part).toBe('html')
    expect(error.variable).toBe('user.city')
    expect(error.message).toBe('Missing variable "user.city" in the HTML body (line 2)')
  })

  it('reports a missing variable in the text template as the text part', () => {
    const error = renderError({ text: 'Bye {{nickname}}' })
    expect(error.part).toBe('text')
    expect(error.variable).toBe('nickname')
  })

  it('turns a syntax error into a TemplateError without a variable', () => {
    const error = renderError({ html: '<p>{{name</p>' })
    expect(error.part).toBe('html')
    expect(error.variable).toBeUndefined()
    expect(error.message).toMatch(/^Template error in the HTML body: Parse error/)
  })

  it('refuses helpers and partials that are not built in', () => {
    expect(renderError({ subject: '{{uppercase name}}' }).message).toContain(
      'Unknown helper "uppercase" in the subject',
    )
    expect(renderError({ html: '{{log name}}' }).part).toBe('html')
    expect(renderError({ html: '{{> header}}' }).message).toContain('header')
  })
})

describe('renderMessage: subject header injection', () => {
  it('folds CR/LF and control characters from the data into single spaces', () => {
    const out = renderMessage(
      input({ data: { name: 'Bob\r\n\r\nBcc: victim@example.com\u0000\u2028x\ty\n' } }),
    )
    expect(out.subject).toBe('Hello Bob Bcc: victim@example.com x\ty')
    expect(out.subject).not.toMatch(/[\r\n]/)
  })
})

describe('renderMessage: CID images', () => {
  it('attaches only the images the rendered HTML refers to, once each', () => {
    const out = renderMessage(
      input({
        html: '<img src="cid:logo"><p>{{name}}</p><img src="CID:logo">',
        images: [logo, banner],
      }),
    )
    expect(out.attachments).toEqual([logo])
  })

  it('sees references in CSS and percent-encoded cids', () => {
    const spaced = { ...banner, cid: 'my banner' }
    const out = renderMessage(
      input({
        html: '<div style="background:url(cid:logo)"><img src="cid:my%20banner"></div>',
        images: [logo, spaced],
      }),
    )
    expect(out.attachments.map((a) => a.cid)).toEqual(['logo', 'my banner'])
  })

  it('follows the rendered HTML, so a cid chosen by the data counts', () => {
    const out = renderMessage(
      input({
        html: '<img src="cid:{{pic}}">',
        data: { name: 'Ada', pic: 'banner' },
        images: [logo, banner],
      }),
    )
    expect(out.attachments.map((a) => a.cid)).toEqual(['banner'])
  })

  it('leaves file paths and URLs in the HTML as they are and attaches nothing for them', () => {
    const html =
      '<img src="file:///etc/passwd"><img src="/etc/passwd"><img src="C:\\secret.png">' +
      '<img src="https://example.com/a.png">'
    const out = renderMessage(input({ html, images: [logo] }))
    expect(out.html).toBe(html)
    expect(out.attachments).toEqual([])
  })
})

describe('renderMessage: text part', () => {
  it('is generated from the rendered HTML: words and link URLs, no tags, no images', () => {
    const out = renderMessage(
      input({
        html:
          '<div><p>Dear <b>{{name}}</b>,</p><img src="cid:logo" alt="Our logo">' +
          '<p>See <a href="https://example.com/offer?id=7">the offer</a> today.</p></div>',
        images: [logo],
      }),
    )
    expect(out.text).toContain('Dear Ada,')
    expect(out.text).toContain('See the offer [https://example.com/offer?id=7] today.')
    expect(out.text).not.toMatch(/<\/?[a-z]/i)
    expect(out.text).not.toContain('cid:logo')
    expect(out.text).not.toContain('Our logo')
  })

  it('wraps long paragraphs at 78 columns', () => {
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(' ')
    const out = renderMessage(input({ html: `<p>${words}</p>` }))
    const lines = out.text.split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(78)
  })

  it('made from the template itself, keeps every variable usable (headings keep their case)', () => {
    const template = '<h1>Hi {{name}}</h1><table><tr><th>{{name}}</th></tr></table>'
    const text = htmlToText(template)
    expect(text).toContain('Hi {{name}}')
    expect(text).not.toContain('{{NAME}}')
    expect(renderMessage(input({ html: '<p>x</p>', text })).text).toContain('Hi Ada')
  })

  it('uses the text template instead when there is one', () => {
    const out = renderMessage(input({ text: 'Plain {{name}}' }))
    expect(out.text).toBe('Plain Ada')
  })
})

describe('renderMessage: template cache', () => {
  it('renders the same template the same way for every recipient', () => {
    const template = input({ html: '<p>{{name}} {{email}}</p>', text: '{{name}}' })
    const first = renderMessage(template)
    const size = templateCacheSize()
    for (let i = 0; i < 50; i++) expect(renderMessage(template)).toEqual(first)
    expect(templateCacheSize()).toBe(size)
    const other = renderMessage({ ...template, data: { name: 'Grace', email: 'g@example.com' } })
    expect(other.html).toBe('<p>Grace g@example.com</p>')
  })

  it('keeps the same source compiled separately for escaped and raw parts', () => {
    const out = renderMessage(
      input({ subject: '{{name}}', html: '{{name}}', text: '{{name}}', data: { name: 'a&b' } }),
    )
    expect(out.subject).toBe('a&b')
    expect(out.html).toBe('a&amp;b')
    expect(out.text).toBe('a&b')
  })

  it('stays bounded however many different templates go through it', () => {
    for (let i = 0; i < TEMPLATE_CACHE_LIMIT * 3; i++) {
      const out = renderMessage(input({ subject: `Issue ${i} for {{name}}` }))
      expect(out.subject).toBe(`Issue ${i} for Ada`)
    }
    expect(templateCacheSize()).toBeLessThanOrEqual(TEMPLATE_CACHE_LIMIT)
    expect(templateCacheSize()).toBeGreaterThan(0)
  })
})
