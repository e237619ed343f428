/**
 * Bytes to text for recipient files. Spreadsheets on Russian Windows still save CSV as
 * Windows-1251; everything else is UTF-8 (with or without the BOM Excel writes). Valid UTF-8 is
 * taken as UTF-8; anything else as Windows-1251. The user can override the guess.
 */
export type FileEncoding = 'utf-8' | 'windows-1251'

const BOM = [0xef, 0xbb, 0xbf]

export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b)
}

export function detectEncoding(bytes: Uint8Array): FileEncoding {
  if (hasUtf8Bom(bytes)) return 'utf-8'
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return 'utf-8'
  } catch {
    return 'windows-1251'
  }
}

/** The text, without a BOM (a BOM left in would stick to the first column's name). */
export function decode(bytes: Uint8Array, encoding: FileEncoding): string {
  const text = new TextDecoder(encoding).decode(bytes)
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}
