/**
 * A name for a file that leaves the app (an attachment, an embedded image, a saved report) that
 * every system accepts and no receiving program can read as a path: the last segment of any
 * path given, no control or format characters, nothing Windows forbids, no leading dot (a
 * hidden file) or trailing dot, at most `maxBytes` of UTF-8 with the extension kept.
 */
export function safeFileName(name: string, fallback: string, maxBytes = 200): string {
  const lastSegment = name.split(/[/\\]/).pop() ?? ''
  const cleaned = lastSegment
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, '_') // controls, and what Windows forbids
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
  if (!cleaned) return fallback
  const dot = cleaned.lastIndexOf('.')
  const extension = dot > 0 && cleaned.length - dot <= 10 ? cleaned.slice(dot) : ''
  const stem = Array.from(cleaned.slice(0, cleaned.length - extension.length))
  const bytes = (s: string) => new TextEncoder().encode(s).length
  while (stem.length > 0 && bytes(stem.join('') + extension) > maxBytes) stem.pop()
  const fitted = (stem.join('').trimEnd() + extension).replace(/^[\s.]+/, '')
  return fitted || fallback
}
