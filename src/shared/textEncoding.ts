/**
 * Bytes to text for files people bring from spreadsheets. Russian Windows still saves CSV as
 * Windows-1251; Excel's "Unicode text" is UTF-16 (little-endian, with a BOM); everything else
 * is UTF-8, with or without the BOM Excel writes. A BOM decides; then valid UTF-8 is taken as
 * UTF-8, and anything else as Windows-1251. The user can override the guess. Shared by the
 * engine (recipient files) and the window (address lists read in the browser).
 */
export const FILE_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1251'] as const
export type FileEncoding = (typeof FILE_ENCODINGS)[number]

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b)

/** The encoding a byte-order mark names, if the file starts with one. */
function byBom(bytes: Uint8Array): FileEncoding | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8'
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le'
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be'
  return null
}

/**
 * UTF-16 written without a BOM: text in Latin or Cyrillic letters has a zero byte in nearly
 * every other position (ASCII's high byte in UTF-16), which no UTF-8 or Windows-1251 text has.
 */
function utf16WithoutBom(bytes: Uint8Array): FileEncoding | null {
  const sample = bytes.subarray(0, 4096 - (Math.min(bytes.length, 4096) % 2))
  if (sample.length < 4) return null
  let zeroEven = 0
  let zeroOdd = 0
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] === 0) {
      if (i % 2 === 0) zeroEven++
      else zeroOdd++
    }
  }
  const pairs = sample.length / 2
  if (zeroOdd > pairs * 0.3 && zeroEven === 0) return 'utf-16le'
  if (zeroEven > pairs * 0.3 && zeroOdd === 0) return 'utf-16be'
  return null
}

export function detectEncoding(bytes: Uint8Array): FileEncoding {
  const named = byBom(bytes) ?? utf16WithoutBom(bytes)
  if (named) return named
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

/** A file's text, in the encoding its bytes suggest. */
export const decodeDetected = (bytes: Uint8Array): string => decode(bytes, detectEncoding(bytes))
