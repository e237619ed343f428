/**
 * A message's raw header block read just enough for the pre-filter: unfolded lines by lower-cased
 * name, and RFC 2047 encoded words (=?charset?B|Q?…?=) decoded so a Russian subject can be seen.
 */

export type HeaderBlock = Map<string, string[]>

export function readHeaderBlock(raw: Buffer): HeaderBlock {
  const text = raw.toString('utf8')
  const end = text.search(/\r?\n\r?\n/)
  const block = (end === -1 ? text : text.slice(0, end)).replace(/\r?\n[ \t]+/g, ' ')
  const headers: HeaderBlock = new Map()
  for (const line of block.split(/\r?\n/)) {
    const colon = line.indexOf(':')
    if (colon <= 0) continue
    const name = line.slice(0, colon).trim().toLowerCase()
    const value = decodeWords(line.slice(colon + 1).trim())
    headers.set(name, [...(headers.get(name) ?? []), value])
  }
  return headers
}

/** Every value of a header, joined: '' when missing. */
export function headerValue(headers: HeaderBlock, name: string): string {
  return (headers.get(name) ?? []).join(' ')
}

const ENCODED_WORD = /=\?([^?\s]+)\?([BbQq])\?([^?\s]*)\?=/g

export function decodeWords(value: string): string {
  // Whitespace between two encoded words is not part of the text (RFC 2047 §6.2).
  const joined = value.replace(/(\?=)\s+(?==\?)/g, '$1')
  return joined.replace(ENCODED_WORD, (word, charset: string, encoding: string, text: string) => {
    try {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Buffer.from(text, 'base64')
          : Buffer.from(
              text
                .replace(/_/g, ' ')
                .replace(/=([0-9A-Fa-f]{2})/g, (_, hex: string) =>
                  String.fromCharCode(parseInt(hex, 16)),
                ),
              'latin1',
            )
      return new TextDecoder(charset.split('*')[0]!.toLowerCase()).decode(bytes)
    } catch {
      return word // an unknown charset: left as written
    }
  })
}
