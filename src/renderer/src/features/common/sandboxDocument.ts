/**
 * The document a sandboxed frame shows: the email's HTML behind a policy of its own. The frame
 * has no `allow-scripts`, so nothing in it runs; the policy below also stops every load except
 * the images already inlined as data: URLs, unless the user asks for remote images.
 */
/**
 * Dark mode as the mail apps that repaint a letter show it (the Gmail and Outlook apps invert
 * its colours, then turn pictures back): an approximation, to see whether text stays readable.
 */
const DARK_MODE =
  '<style>html{filter:invert(1) hue-rotate(180deg);background:#fff}' +
  'img{filter:invert(1) hue-rotate(180deg)}</style>'

export function sandboxDocument(
  html: string,
  options: { remoteImages: boolean; dark?: boolean },
): string {
  const images = options.remoteImages ? 'data: https: http:' : 'data:'
  const policy = [
    "default-src 'none'",
    `img-src ${images}`,
    "style-src 'unsafe-inline'",
    "font-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ')
  // A meta policy only counts inside <head>, before anything that loads: put it first of all.
  const meta =
    `<meta http-equiv="Content-Security-Policy" content="${policy}">` +
    '<meta name="referrer" content="no-referrer">' +
    '<base target="_blank">' +
    (options.dark ? DARK_MODE : '')
  return `<!doctype html><html><head>${meta}</head><body>${html}</body></html>`
}

/** Replaces cid:<id> references with the data: URLs of the attachments that carry them. */
export function inlineCidImages(
  html: string,
  parts: readonly { cid: string | null; contentType: string; dataBase64: string | null }[],
): string {
  const byCid = new Map(
    parts
      .filter((p) => p.cid && p.dataBase64)
      .map((p) => [p.cid!.replace(/^<|>$/g, ''), `data:${p.contentType};base64,${p.dataBase64}`]),
  )
  return html.replace(/cid:([^\s"'<>()]+)/gi, (whole, id: string) => {
    let key = id
    try {
      key = decodeURIComponent(id)
    } catch {
      // Not percent-encoded: use it as it is.
    }
    return byCid.get(key) ?? whole
  })
}
