/**
 * RFC 822-style field blocks, as a delivery-status part (RFC 3464) or a text/rfc822-headers part
 * carries them: "Name: value" lines, folded values continued on lines that start with white
 * space, blocks separated by blank lines. Not a MIME parser: the caller hands over the decoded
 * text of one part.
 */

/** One block: lower-cased field name → unfolded value. The first occurrence of a name wins. */
export type FieldBlock = Map<string, string>

export function parseFieldBlocks(text: string): FieldBlock[] {
  const blocks: FieldBlock[] = []
  let block: FieldBlock | null = null
  let name: string | null = null
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') {
      if (block && block.size > 0) blocks.push(block)
      block = null
      name = null
      continue
    }
    if (/^[ \t]/.test(line)) {
      // A folded continuation of the field above; a stray one with no field above is dropped.
      if (block && name !== null && block.has(name)) {
        block.set(name, `${block.get(name)} ${line.trim()}`.trim())
      }
      continue
    }
    const colon = line.indexOf(':')
    if (colon <= 0) {
      name = null
      continue
    }
    block ??= new Map()
    const key = line.slice(0, colon).trim().toLowerCase()
    if (block.has(key)) {
      name = null
      continue
    }
    name = key
    block.set(key, line.slice(colon + 1).trim())
  }
  if (block && block.size > 0) blocks.push(block)
  return blocks
}

/** The header block at the top of a message or a headers part: everything up to the first blank line. */
export function headerBlock(text: string): FieldBlock {
  const end = text.search(/\r?\n\r?\n/)
  return parseFieldBlocks(end < 0 ? text : text.slice(0, end))[0] ?? new Map()
}
