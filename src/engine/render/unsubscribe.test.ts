/** List-Unsubscribe for one recipient: which headers, and a link that stays one header line. */
import { describe, expect, it } from 'vitest'
import { TemplateError } from './render'
import { renderUnsubscribe, safeUrl } from './unsubscribe'

describe('renderUnsubscribe', () => {
  it('gives nothing without settings', () => {
    expect(renderUnsubscribe({ mailto: null, url: null }, {})).toEqual({ link: null, headers: {} })
  })

  it('offers a mailto alone without One-Click, and the body gets the mailto: URL', () => {
    expect(renderUnsubscribe({ mailto: 'leave@example.test', url: null }, {})).toEqual({
      link: 'mailto:leave@example.test',
      headers: { 'List-Unsubscribe': '<mailto:leave@example.test>' },
    })
  })

  it('renders the link with the recipient’s data, and adds One-Click (RFC 8058)', () => {
    const out = renderUnsubscribe(
      { mailto: 'leave@example.test', url: 'https://example.test/u?e={{email}}&t={{token}}' },
      { email: 'a+b@example.test', token: 'x/y=' },
    )
    expect(out).toEqual({
      link: 'https://example.test/u?e=a+b@example.test&t=x/y=',
      headers: {
        'List-Unsubscribe':
          '<mailto:leave@example.test>, <https://example.test/u?e=a+b@example.test&t=x/y=>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    })
  })

  it('fails like the body on a missing variable, naming the link', () => {
    const render = () =>
      renderUnsubscribe({ mailto: null, url: 'https://example.test/{{user.id}}' }, { user: {} })
    expect(render).toThrow(TemplateError)
    expect(render).toThrow('Missing variable "user.id" in the unsubscribe link')
  })
})

describe('safeUrl', () => {
  it('encodes only what a URL cannot hold: controls, spaces, delimiters, non-ASCII', () => {
    expect(safeUrl('https://x.test/u?n=Ann Lee\r\nBcc: <e>"q"')).toBe(
      'https://x.test/u?n=Ann%20Lee%0D%0ABcc:%20%3Ce%3E%22q%22',
    )
    expect(safeUrl('https://x.test/отписка?a=1&b=%41#top')).toBe(
      'https://x.test/%D0%BE%D1%82%D0%BF%D0%B8%D1%81%D0%BA%D0%B0?a=1&b=%41#top',
    )
    expect(safeUrl('https://x.test/\u2028\ud800')).toBe('https://x.test/%E2%80%A8%EF%BF%BD')
  })
})
