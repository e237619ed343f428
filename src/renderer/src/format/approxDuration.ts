/** "about how long", in the reader's language: minutes under an hour, hours with one decimal above. */
export function formatApproxDuration(ms: number, language: string): string {
  const minutes = ms / 60_000
  const [value, unit] =
    minutes < 60 ? [Math.max(1, Math.ceil(minutes)), 'minute'] : [minutes / 60, 'hour']
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value)
}
