/** A date and time the way the user's language writes it, e.g. "5 Mar 2026, 14:07". */
export function formatDateTime(ms: number, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(ms)
}
