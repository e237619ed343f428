import { describe, expect, it } from 'vitest'
import { inlineCidImages, sandboxDocument } from './sandboxDocument'

describe('the sandboxed email document', () => {
  it('puts a policy first that allows only inlined images unless remote ones are asked for', () => {
    const closed = sandboxDocument('<img src="https://tracker.example/p.gif">', {
      remoteImages: false,
    })
    expect(closed.indexOf('Content-Security-Policy')).toBeLessThan(closed.indexOf('<body>'))
    expect(closed).toContain("default-src 'none'; img-src data:;")
    expect(closed).not.toMatch(/img-src[^;]*https:/)
    const open = sandboxDocument('', { remoteImages: true })
    expect(open).toMatch(/img-src data: https: http:/)
    expect(open).not.toContain('script-src')
  })

  it('shows dark mode as repainting apps do: colours inverted, pictures turned back, still no script', () => {
    const dark = sandboxDocument('<p>Hi</p>', { remoteImages: false, dark: true })
    expect(dark).toContain('html{filter:invert(1) hue-rotate(180deg)')
    expect(dark).toContain('img{filter:invert(1) hue-rotate(180deg)}')
    expect(dark.indexOf('Content-Security-Policy')).toBeLessThan(dark.indexOf('<style>'))
    expect(sandboxDocument('<p>Hi</p>', { remoteImages: false })).not.toContain('invert')
  })

  it('replaces cid: references, encoded or not, with the parts’ data: URLs', () => {
    const html = '<img src="cid:logo"><img src="cid:my%20pic"><img src="cid:unknown">'
    const out = inlineCidImages(html, [
      { cid: '<logo>', contentType: 'image/png', dataBase64: 'AAA=' },
      { cid: 'my pic', contentType: 'image/gif', dataBase64: 'BBB=' },
      { cid: null, contentType: 'application/pdf', dataBase64: 'CCC=' },
    ])
    expect(out).toBe(
      '<img src="data:image/png;base64,AAA="><img src="data:image/gif;base64,BBB="><img src="cid:unknown">',
    )
  })
})
