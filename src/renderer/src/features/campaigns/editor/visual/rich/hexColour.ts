/**
 * A colour as the letter accepts it (#rrggbb), from what a pasted page's style may hold:
 * #rgb, #rrggbb or rgb(r, g, b), which is how browsers report every colour. Anything else
 * (names, transparency, variables) is dropped rather than guessed.
 */
export function hexColour(value: string | null | undefined): string | null {
  const text = value?.trim().toLowerCase() ?? ''
  if (/^#[0-9a-f]{6}$/.test(text)) return text
  if (/^#[0-9a-f]{3}$/.test(text)) return `#${[...text.slice(1)].map((c) => c + c).join('')}`
  const rgb =
    /^rgba?\(\s*(\d{1,3})\s*,\s*(\d{1,3})\s*,\s*(\d{1,3})\s*(?:,\s*1(?:\.0*)?\s*)?\)$/.exec(text)
  if (!rgb) return null
  const parts = rgb.slice(1, 4).map(Number)
  if (parts.some((n) => n > 255)) return null
  return `#${parts.map((n) => n.toString(16).padStart(2, '0')).join('')}`
}
