/** A date and time the way the user's language writes it: "Mar 5, 2026, 2:07 PM" or, short, "3/5/26, 2:07 PM". */
export function formatDateTime(
  ms: number,
  language: string,
  style: 'medium' | 'short' = 'medium',
): string {
  return new Intl.DateTimeFormat(language, { dateStyle: style, timeStyle: 'short' }).format(ms)
}
