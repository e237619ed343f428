/**
 * A message's header block: its bytes up to and including the first blank line, as IMAP's
 * BODY[HEADER] gives it. A message with no blank line is all header.
 */
const CRLF_BLANK = Buffer.from('\r\n\r\n')
const LF_BLANK = Buffer.from('\n\n')

export function headerBlock(raw: Buffer): Buffer {
  const crlf = raw.indexOf(CRLF_BLANK)
  const lf = raw.indexOf(LF_BLANK)
  if (crlf === -1 && lf === -1) return raw
  // Whichever blank line comes first ends the headers (a bare-LF message has no CRLF pair).
  if (lf === -1 || (crlf !== -1 && crlf < lf)) return raw.subarray(0, crlf + CRLF_BLANK.length)
  return raw.subarray(0, lf + LF_BLANK.length)
}
