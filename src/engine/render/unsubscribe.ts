/**
 * List-Unsubscribe (RFC 2369) and, with a link, One-Click (RFC 8058) for one recipient. The
 * link is a template of the recipient's data, rendered in strict mode like the body.
 */
import { renderPart } from './render'

export interface UnsubscribeSettings {
  /** The address (with its query, if any) after `mailto:`. */
  mailto: string | null
  /** https://…, may use the recipient's variables, e.g. https://example.com/u?e={{email}} */
  url: string | null
}

export interface RenderedUnsubscribe {
  /** What the body gets as {{unsubscribeUrl}}: the link, else the mailto: URL; null without either. */
  link: string | null
  /** List-Unsubscribe and List-Unsubscribe-Post, or none. */
  headers: Record<string, string>
}

/**
 * What a URL cannot hold at all: controls (CR/LF among them), space, the characters that
 * delimit it in a header (<>"), the few RFC 3986 excludes, and anything beyond ASCII. Only
 * these are percent-encoded; everything else (& = ? / % #) stays as the template gives it.
 */
// eslint-disable-next-line no-control-regex
const NOT_IN_URL = /[\u0000-\u0020"<>\\^`{|}\u007f-\u{10ffff}]/gu

export function safeUrl(url: string): string {
  return url.replace(NOT_IN_URL, (c) => {
    try {
      return encodeURIComponent(c)
    } catch {
      return '%EF%BF%BD' // a lone surrogate: U+FFFD, as a browser would write it
    }
  })
}

/**
 * The List-Unsubscribe mailto: the campaign's own address, else the From address when Outbox
 * reads that account's mailbox (a request sent there is honoured by itself); with the subject
 * `unsubscribe-<token>`, which names the delivery. Null when there is neither.
 */
export function unsubscribeMailto(p: {
  campaignMailto: string | null
  /** The From address when its account has a mailbox Outbox reads, else null. */
  readAddress: string | null
  token: string
}): string | null {
  const address = p.campaignMailto ?? p.readAddress
  return address ? `${address}?subject=unsubscribe-${encodeURIComponent(p.token)}` : null
}

export function renderUnsubscribe(
  settings: UnsubscribeSettings,
  data: Record<string, unknown>,
): RenderedUnsubscribe {
  const mailto = settings.mailto ? `mailto:${settings.mailto}` : null
  const url = settings.url ? safeUrl(renderPart('unsubscribe', settings.url, 'raw', data)) : null
  const links = [mailto, url].filter((l): l is string => l !== null)
  const headers: Record<string, string> = {}
  if (links.length > 0) headers['List-Unsubscribe'] = links.map((l) => `<${l}>`).join(', ')
  // One-Click needs an https link to POST to; a mailto alone does not qualify.
  if (url) headers['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
  return { link: url ?? mailto, headers }
}
