/**
 * A moment said from now, in the reader's language: "5 min. ago", "in 2 min.", "now"
 * ("5 мин. назад", "через 2 мин."). Seconds under a minute, minutes under an hour, then hours,
 * then days.
 */
export function formatRelative(ms: number, now: number, language: string): string {
  const seconds = Math.round((ms - now) / 1000)
  const size = Math.abs(seconds)
  const [value, unit]: [number, Intl.RelativeTimeFormatUnit] =
    size < 60
      ? [seconds, 'second']
      : size < 3600
        ? [Math.round(seconds / 60), 'minute']
        : size < 86_400
          ? [Math.round(seconds / 3600), 'hour']
          : [Math.round(seconds / 86_400), 'day']
  return new Intl.RelativeTimeFormat(language, { numeric: 'auto', style: 'short' }).format(
    value,
    unit,
  )
}
