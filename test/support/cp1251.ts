/** Windows-1251 bytes for ASCII and Russian text, written out by hand (no encoder needed). */
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from(
    [...text].map((ch) => {
      const code = ch.codePointAt(0)!
      if (code < 0x80) return code
      if (code >= 0x410 && code <= 0x44f) return 0xc0 + (code - 0x410)
      if (ch === 'Ё') return 0xa8
      if (ch === 'ё') return 0xb8
      throw new Error(`no cp1251 byte for ${ch}`)
    }),
  )
}
