/**
 * A DKIM verifier for tests, independent of nodemailer: relaxed/relaxed canonicalization
 * (RFC 6376 §3.4.2, §3.4.4) and rsa-sha256 with node:crypto, against a public key we hold
 * instead of one looked up in DNS.
 */
import { createHash, verify, type KeyObject } from 'node:crypto'

interface HeaderField {
  name: string
  /** The whole field as received, folding included, without the final CRLF. */
  raw: string
}

function splitMessage(raw: string): { headers: HeaderField[]; body: string } {
  const end = raw.indexOf('\r\n\r\n')
  const head = end === -1 ? raw : raw.slice(0, end)
  const body = end === -1 ? '' : raw.slice(end + 4)
  const headers: HeaderField[] = []
  for (const line of head.split('\r\n')) {
    if (/^[ \t]/.test(line) && headers.length) headers[headers.length - 1]!.raw += `\r\n${line}`
    else headers.push({ name: line.slice(0, line.indexOf(':')).trim().toLowerCase(), raw: line })
  }
  return { headers, body }
}

function relaxedHeader(field: HeaderField): string {
  const value = field.raw.slice(field.raw.indexOf(':') + 1)
  return `${field.name}:${value
    .replace(/\r\n/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim()}`
}

function relaxedBody(body: string): string {
  const lines = body.split('\r\n').map((l) => l.replace(/[ \t]+/g, ' ').replace(/ $/, ''))
  while (lines.length && lines[lines.length - 1] === '') lines.pop()
  return lines.length ? `${lines.join('\r\n')}\r\n` : ''
}

export function dkimTags(raw: string): Record<string, string> {
  const field = splitMessage(raw).headers.find((h) => h.name === 'dkim-signature')
  if (!field) return {}
  const value = field.raw.slice(field.raw.indexOf(':') + 1)
  return Object.fromEntries(
    value
      .split(';')
      .map((t) => t.replace(/\s+/g, ''))
      .filter(Boolean)
      .map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]),
  )
}

export function verifyDkim(raw: string, publicKey: KeyObject) {
  const { headers, body } = splitMessage(raw)
  const signature = headers.find((h) => h.name === 'dkim-signature')
  if (!signature) return { signed: false, bodyHashOk: false, signatureOk: false }
  const tags = dkimTags(raw)
  const bodyHash = createHash('sha256').update(relaxedBody(body), 'utf8').digest('base64')

  // Each name in h= takes the next instance of that field from the bottom (§5.4.2).
  const used = new Set<HeaderField>()
  const signed = tags
    .h!.toLowerCase()
    .split(':')
    .map((name) => {
      const field = [...headers].reverse().find((h) => h.name === name && !used.has(h))
      if (!field) return null
      used.add(field)
      return relaxedHeader(field)
    })
  const withoutB = {
    name: 'dkim-signature',
    raw: signature.raw.replace(/(^|;)(\s*b\s*=)[^;]*/, '$1$2'),
  }
  const data = [...signed.filter((l): l is string => l !== null), relaxedHeader(withoutB)]
    .map((l, i, all) => (i < all.length - 1 ? `${l}\r\n` : l))
    .join('')
  const signatureOk = verify(
    'sha256',
    Buffer.from(data, 'utf8'),
    publicKey,
    Buffer.from(tags.b!, 'base64'),
  )
  return { signed: true, bodyHashOk: bodyHash === tags.bh, signatureOk }
}
