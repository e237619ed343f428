/**
 * What one rendered message shows the receiving providers: the HTML's size (Gmail clips a
 * message whose HTML passes about 102 KB and hides the rest, the unsubscribe link often among
 * it), images without alt text (shown as empty boxes while images are off), links over plain
 * http, and whether the headers offer one-click unsubscribe (RFC 8058), which Gmail and Yahoo
 * ask of bulk senders since 2024.
 */
import { Parser } from 'htmlparser2'
import type { SenderFinding } from '@shared/contract'

/** Gmail clips at 102 KB of HTML. */
export const GMAIL_CLIP_BYTES = 102 * 1024
const EXAMPLES = 3

interface Scan {
  images: number
  withoutAlt: string[]
  links: number
  http: string[]
}

/** The tags found by htmlparser2, never by a regex over the document. */
function scan(html: string): Scan {
  const found: Scan = { images: 0, withoutAlt: [], links: 0, http: [] }
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'img') {
          found.images++
          // alt="" is right for a decorative image; only a missing alt is a finding.
          if (!('alt' in attributes)) found.withoutAlt.push(attributes.src ?? '')
        }
        if ((name === 'a' || name === 'area') && attributes.href !== undefined) {
          const href = attributes.href.trim()
          if (/^https?:/i.test(href)) found.links++
          if (/^http:/i.test(href)) found.http.push(href)
        }
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)
  return found
}

export function checkContent(html: string, headers: Record<string, string>): SenderFinding[] {
  const findings: SenderFinding[] = []
  const bytes = Buffer.byteLength(html, 'utf8')
  const kb = Math.ceil(bytes / 1024)
  findings.push(
    bytes > GMAIL_CLIP_BYTES
      ? { code: 'size.clipped', severity: 'warning', params: { kb, limitKb: 102 } }
      : { code: 'size.ok', severity: 'ok', params: { kb } },
  )

  const found = scan(html)
  if (found.withoutAlt.length > 0) {
    findings.push({
      code: 'alt.missing',
      severity: 'warning',
      params: {
        count: found.withoutAlt.length,
        examples: found.withoutAlt.slice(0, EXAMPLES).join(', '),
      },
    })
  } else if (found.images > 0) {
    findings.push({ code: 'alt.ok', severity: 'ok', params: { count: found.images } })
  }
  if (found.http.length > 0) {
    findings.push({
      code: 'links.http',
      severity: 'warning',
      params: { count: found.http.length, examples: found.http.slice(0, EXAMPLES).join(', ') },
    })
  } else if (found.links > 0) {
    findings.push({ code: 'links.ok', severity: 'ok', params: { count: found.links } })
  }

  const listUnsubscribe = headers['List-Unsubscribe'] ?? ''
  if (headers['List-Unsubscribe-Post']) {
    findings.push({ code: 'unsubscribe.oneClick', severity: 'ok', params: {} })
  } else if (/<mailto:/i.test(listUnsubscribe)) {
    const mailto = /<mailto:([^>?]*)/i.exec(listUnsubscribe)?.[1] ?? ''
    findings.push({ code: 'unsubscribe.mailtoOnly', severity: 'warning', params: { mailto } })
  } else {
    findings.push({ code: 'unsubscribe.none', severity: 'warning', params: {} })
  }
  return findings
}
