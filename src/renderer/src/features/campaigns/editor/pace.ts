/**
 * What the pace means for a marketer: at most how many emails a minute, and how long the
 * whole list takes at best. The delay spaces the starts of sends on the account, whatever the
 * number of connections, so it alone sets the ceiling; with no delay, connections do.
 */
export function paceSummary(
  settings: { delayMs: number; concurrency: number },
  recipients: number,
): { perMinute: number; hours: number } {
  // With no delay, assume a typical second per message per connection.
  const perMinute = settings.delayMs > 0 ? 60_000 / settings.delayMs : settings.concurrency * 60
  return { perMinute, hours: recipients / perMinute / 60 }
}
