/** Link tagging (UTM): which links get the parameters, how they are written, what stays. */
import { describe, expect, it } from 'vitest'
import { tagLinks, taggedUrl, type LinkTags } from './linkTagging'
import { renderMessage, TemplateError, type RenderInput } from './render'

const TAGS: LinkTags = { source: 'newsletter', medium: 'email', campaign: 'spring' }
const UTM = 'utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring'

const tag = (html: string, untagged: string[] = []) => tagLinks(html, TAGS, untagged)

function render(overrides: Partial<RenderInput> = {}) {
  return renderMessage({
    subject: 'Hello',
    html: '<p><a href="https://shop.test/sale">Sale</a></p>',
    linkTagging: { source: 'newsletter', medium: 'email', campaign: '{{segment}}' },
    data: { name: 'Ada', segment: 'spring', email: 'ada@example.com' },
    images: [],
    ...overrides,
  })
}

describe('tagLinks', () => {
  it('adds the three parameters to http and https links', () => {
    expect(tag('<a href="https://shop.test/sale">a</a><a href="http://shop.test">b</a>')).toBe(
      `<a href="https://shop.test/sale?${UTM}">a</a><a href="http://shop.test?${UTM}">b</a>`,
    )
  })

  it('keeps the query and the #fragment as written, the parameters before the fragment', () => {
    expect(tag('<a href="https://shop.test/p?id=7&amp;q=a%20b#reviews">x</a>')).toBe(
      `<a href="https://shop.test/p?id=7&amp;q=a%20b&amp;${UTM}#reviews">x</a>`,
    )
    expect(tag('<a href="https://shop.test/?">x</a>')).toBe(
      `<a href="https://shop.test/?${UTM}">x</a>`,
    )
    // A route in the fragment keeps its own "?": the parameters go into the real query.
    expect(tag('<a href="https://app.test/#/cart?step=2">x</a>')).toBe(
      `<a href="https://app.test/?${UTM}#/cart?step=2">x</a>`,
    )
  })

  it('leaves a utm_ parameter the link already has as it is, and adds the others', () => {
    expect(tag('<a href="https://shop.test/?utm_source=partner&amp;utm_campaign=">x</a>')).toBe(
      '<a href="https://shop.test/?utm_source=partner&amp;utm_campaign=&amp;utm_medium=email">x</a>',
    )
    const complete = '<a href="https://shop.test/?utm_source=a&utm_medium=b&utm_campaign=c">x</a>'
    expect(tag(complete)).toBe(complete)
  })

  it('leaves mailto:, tel:, #anchors, relative links and other schemes alone', () => {
    const html = [
      '<a href="mailto:help@shop.test?subject=Hi">m</a>',
      '<a href="tel:+15551234">t</a>',
      '<a href="#top">a</a>',
      '<a href="/account">r</a>',
      '<a href="account.html">r</a>',
      '<a href="//cdn.shop.test/x">p</a>',
      '<a href="ftp://files.shop.test/x">f</a>',
      '<a href="cid:logo">c</a>',
      '<a href="javascript:alert(1)">j</a>',
      '<a href="">e</a>',
      '<a href>v</a>',
      '<a name="top">n</a>',
    ].join('')
    expect(tag(html)).toBe(html)
  })

  it('leaves the unsubscribe link and links marked data-no-tag alone', () => {
    const unsubscribe = 'https://shop.test/u?e=ada@example.com&n=Ada'
    const html =
      '<a href="https://shop.test/u?e&#x3D;ada@example.com&amp;n&#x3D;Ada">leave</a>' +
      '<a data-no-tag href="https://partner.test/">p</a>' +
      '<a href="https://shop.test/u?e=ada@example.com">not quite the same</a>'
    expect(tag(html, [unsubscribe])).toBe(
      '<a href="https://shop.test/u?e&#x3D;ada@example.com&amp;n&#x3D;Ada">leave</a>' +
        '<a data-no-tag href="https://partner.test/">p</a>' +
        `<a href="https://shop.test/u?e=ada@example.com&amp;${UTM}">not quite the same</a>`,
    )
  })

  it('reads hrefs with entities decoded, any quoting, any case, and writes them back escaped', () => {
    expect(tag("<A CLASS=b HREF = 'https://shop.test/?a=1&amp;b=&quot;2&quot;' >x</A>")).toBe(
      `<A CLASS=b href="https://shop.test/?a=1&amp;b=&quot;2&quot;&amp;${UTM}" >x</A>`,
    )
    expect(tag('<a href=https://shop.test/x>x</a>')).toBe(
      `<a href="https://shop.test/x?${UTM}">x</a>`,
    )
    // The first href counts, as in a browser; the second stays as written.
    expect(tag('<a href="https://a.test/" href="https://b.test/">x</a>')).toBe(
      `<a href="https://a.test/?${UTM}" href="https://b.test/">x</a>`,
    )
  })

  it('touches only <a> tags, not links in text, comments, scripts or other attributes', () => {
    const html =
      '<p>See https://shop.test/ now</p><!-- <a href="https://shop.test/c">c</a> -->' +
      '<link href="https://shop.test/s.css"><img src="https://shop.test/i.png">' +
      '<script>var a = \'<a href="https://shop.test/js">\'</script>'
    expect(tag(html)).toBe(html)
  })

  it('encodes values with spaces, Cyrillic, & = # and quotes', () => {
    expect(
      taggedUrl('https://shop.test/', {
        source: 'news letter',
        medium: 'e&mail=1#x',
        campaign: 'Весна "2025"',
      }),
    ).toBe(
      'https://shop.test/?utm_source=news%20letter&utm_medium=e%26mail%3D1%23x&utm_campaign=%D0%92%D0%B5%D1%81%D0%BD%D0%B0%20%222025%22',
    )
  })

  it('adds no parameter for an empty value, and leaves a link that needs nothing', () => {
    expect(taggedUrl('https://shop.test/', { ...TAGS, medium: '' })).toBe(
      'https://shop.test/?utm_source=newsletter&utm_campaign=spring',
    )
    expect(taggedUrl('https://shop.test/', { source: '', medium: '', campaign: '' })).toBeNull()
  })
})

describe('renderMessage with link tagging', () => {
  it('renders the values per recipient and tags the links before the text part is made', () => {
    const out = render()
    const url = 'https://shop.test/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring'
    expect(out.html).toBe(`<p><a href="${url.replace(/&/g, '&amp;')}">Sale</a></p>`)
    expect(out.text).toMatch(/^Sale\s+\[(.*)\]$/)
    expect(out.text).toContain(`[${url}]`)
  })

  it('a recipient’s value cannot break out of the attribute', () => {
    const out = render({
      data: { segment: '"><script>alert(1)</script>', email: 'ada@example.com' },
    })
    expect(out.html).toBe(
      '<p><a href="https://shop.test/sale?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=%22%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E">Sale</a></p>',
    )
  })

  it('leaves the links alone without tagging, and the unsubscribe link with it', () => {
    const html = '<a href="https://shop.test/sale">Sale</a> <a href="{{unsub}}">Leave</a>'
    const data = { segment: 's', unsub: 'https://shop.test/u?e=a&b=c', email: 'a@x.test' }
    expect(render({ html, data, linkTagging: null }).html).toBe(
      '<a href="https://shop.test/sale">Sale</a> <a href="https://shop.test/u?e&#x3D;a&amp;b&#x3D;c">Leave</a>',
    )
    const tagged = render({ html, data, untaggedLinks: ['https://shop.test/u?e=a&b=c'] })
    expect(tagged.html).toContain('<a href="https://shop.test/u?e&#x3D;a&amp;b&#x3D;c">Leave</a>')
    expect(tagged.html).toContain('sale?utm_source=newsletter')
  })

  it('names a missing variable in a UTM value as the link tags’', () => {
    try {
      render({ data: { email: 'ada@example.com' } })
      expect.unreachable()
    } catch (error) {
      expect(error).toBeInstanceOf(TemplateError)
      expect(error).toMatchObject({
        part: 'linkTagging',
        variable: 'segment',
        message: 'Missing variable "segment" in the UTM link tags (line 1)',
      })
    }
  })

  it('puts the preheader in after tagging, and tags no link of the preheader', () => {
    const out = render({ html: '<body><a href="https://x.test/">x</a></body>', preheader: 'P' })
    expect(out.html).toMatch(/^<body><div style="[^"]*">P(&#847;&zwnj;&nbsp;)+<\/div><a href/)
    expect(out.text).toBe(
      'x [https://x.test/?utm_source=newsletter&utm_medium=email&utm_campaign=spring]',
    )
  })
})
