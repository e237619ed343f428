/**
 * "about how long", in the reader's language: seconds under a minute, minutes under an hour,
 * hours with one decimal above. Nominative forms ("1 минута", "4 минуты"): the sentences
 * around it are worded to take them.
 */
export function formatApproxDuration(ms: number, language: string): string {
  const seconds = ms / 1000
  const minutes = seconds / 60
  const [value, unit] =
    seconds < 60
      ? [Math.max(1, Math.ceil(seconds)), 'second']
      : minutes < 60
        ? [Math.ceil(minutes), 'minute']
        : [minutes / 60, 'hour']
  return new Intl.NumberFormat(language, {
    style: 'unit',
    unit,
    unitDisplay: 'long',
    maximumFractionDigits: 1,
  }).format(value)
}
