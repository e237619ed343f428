/**
 * About how many bytes a value would take as JSON: the desktop's counterpart of the browser
 * host's body size, measured on what IPC delivered without copying it (a file arrives as one
 * long base64 string). Counting stops as soon as it passes `stopAbove`.
 */
export function payloadSize(value: unknown, stopAbove: number): number {
  const seen = new Set<object>()
  const pending: unknown[] = [value]
  let size = 0
  while (pending.length > 0 && size <= stopAbove) {
    const next = pending.pop()
    if (typeof next === 'string') size += next.length + 2
    else if (typeof next !== 'object' || next === null) size += String(next).length
    else if (seen.has(next))
      continue // structured clone can carry cycles; JSON never repeats
    else if (ArrayBuffer.isView(next) || next instanceof ArrayBuffer) {
      seen.add(next)
      size += next.byteLength
    } else {
      seen.add(next)
      for (const [key, item] of Object.entries(next)) {
        size += key.length + 4
        pending.push(item)
      }
      size += 2
    }
  }
  return size
}
