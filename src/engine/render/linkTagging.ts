/**
 * Link tagging for analytics: every http(s) link of the rendered HTML gets utm_source,
 * utm_medium and utm_campaign, so the site's analytics can tell which visits came from the
 * campaign. The links are found by htmlparser2 (never by a regex over the document), their
 * hrefs read with entities decoded, checked with the URL API, extended as written (the query
 * and the #fragment kept as they are) and written back escaped.
 */
import { Parser } from 'htmlparser2'

/** The values of one recipient, already rendered. */
export interface LinkTags {
  source: string
  medium: string
  campaign: string
}

/** What the author marks a link with to leave it as written. */
export const NO_TAG_ATTRIBUTE = 'data-no-tag'

const PARAMS: readonly (readonly [keyof LinkTags, string])[] = [
  ['source', 'utm_source'],
  ['medium', 'utm_medium'],
  ['campaign', 'utm_campaign'],
]

/** One href to change: where its attribute is in the HTML, and its value decoded. */
interface Href {
  start: number
  end: number
  value: string
}

/**
 * The HTML with every http(s) `<a href>` tagged, except: links that are not http(s) (mailto:,
 * tel:, #anchors, relative links), links marked `data-no-tag`, and the links in `untagged`
 * (the unsubscribe link: tagging it could break it, and it is not a visit worth counting).
 * A parameter the link already has is left as it is; an empty value adds no parameter.
 */
export function tagLinks(html: string, tags: LinkTags, untagged: readonly string[]): string {
  const skip = new Set(untagged.map((link) => link.trim()))
  const hrefs: Href[] = []
  let href: Href | null = null
  const parser: Parser = new Parser(
    {
      onopentagname() {
        href = null
      },
      onattribute(name, value) {
        // The first href counts, as in a browser.
        if (name === 'href' && href === null) {
          href = { start: parser.startIndex, end: parser.endIndex, value }
        }
      },
      onopentag(name, attributes) {
        if (name === 'a' && href !== null && !(NO_TAG_ATTRIBUTE in attributes)) hrefs.push(href)
        href = null
      },
    },
    { decodeEntities: true },
  )
  parser.end(html)

  let out = ''
  let at = 0
  for (const { start, end, value } of hrefs) {
    const link = value.trim()
    if (skip.has(link)) continue
    const tagged = taggedUrl(link, tags)
    if (tagged === null) continue
    out += `${html.slice(at, start)}href="${escapeAttribute(tagged)}"`
    at = end
  }
  return at === 0 ? html : out + html.slice(at)
}

/** The link with the tags it lacks, or null when it is not an http(s) link or lacks none. */
export function taggedUrl(link: string, tags: LinkTags): string | null {
  let url: URL
  try {
    url = new URL(link) // relative links and #anchors have no base here: they throw
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  const added = PARAMS.filter(([key, param]) => tags[key] !== '' && !url.searchParams.has(param))
    .map(([key, param]) => `${param}=${encodeValue(tags[key])}`)
    .join('&')
  if (added === '') return null
  // Added to the link as written: URL would re-encode the user's own query and path.
  const hash = link.indexOf('#')
  const beforeHash = hash === -1 ? link : link.slice(0, hash)
  const fragment = hash === -1 ? '' : link.slice(hash)
  const joiner = !beforeHash.includes('?') ? '?' : /[?&]$/.test(beforeHash) ? '' : '&'
  return `${beforeHash}${joiner}${added}${fragment}`
}

/** UTF-8 percent-encoding of a value; a lone surrogate becomes U+FFFD, as a browser writes it. */
function encodeValue(value: string): string {
  try {
    return encodeURIComponent(value)
  } catch {
    return value.replace(/[\s\S]/gu, (c) => {
      try {
        return encodeURIComponent(c)
      } catch {
        return '%EF%BF%BD'
      }
    })
  }
}

function escapeAttribute(value: string): string {
  return value.replace(/[&"]/g, (c) => (c === '&' ? '&amp;' : '&quot;'))
}
