/** Text as UTF-16 bytes, as Excel's "Unicode text" writes it (little-endian with a BOM) or otherwise. */
export function utf16(text: string, order: 'le' | 'be', bom = true): Uint8Array {
  const le = Buffer.from((bom ? '\ufeff' : '') + text, 'utf16le')
  if (order === 'le') return new Uint8Array(le)
  const be = Buffer.alloc(le.length)
  for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1]!, le[i]!]
  return new Uint8Array(be)
}
