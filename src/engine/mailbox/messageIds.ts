/**
 * Message-IDs as they appear in headers and in quoted text. An id is kept without its angle
 * brackets, exactly as written (ids are compared as the caller stored them).
 */

const ID_IN_BRACKETS = /<([^<>\s@]+@[^<>\s@]+)>/g

/** Every <id> in a header value such as References or In-Reply-To, in order. */
export function idsInHeader(value: string | string[] | undefined | null): string[] {
  if (!value) return []
  const text = Array.isArray(value) ? value.join(' ') : value
  const ids = [...text.matchAll(ID_IN_BRACKETS)].map((m) => m[1]!)
  if (ids.length === 0 && /^[^<>\s@]+@[^<>\s@]+$/.test(text.trim())) return [text.trim()]
  return ids
}

/** Ids named by "Message-ID:" lines anywhere in a text (a quoted original, a headers part). */
export function messageIdLines(text: string): string[] {
  const ids: string[] = []
  for (const m of text.matchAll(/^[ \t>]*Message-ID:[ \t]*(?:\r?\n[ \t]+)?<([^<>\s]+)>/gim)) {
    ids.push(m[1]!)
  }
  return ids
}

/** Every <id>-shaped token in a text, for a last look for an id the caller knows. */
export function idTokens(text: string): string[] {
  return [...text.matchAll(ID_IN_BRACKETS)].map((m) => m[1]!)
}
