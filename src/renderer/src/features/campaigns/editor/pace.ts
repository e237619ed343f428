/**
 * What the pace means for a marketer: at most how many emails a minute, and how long the
 * whole list takes at best. The delay spaces the starts of sends on each account, whatever the
 * number of connections, so it alone sets an account's ceiling; with no delay, connections do.
 * Several accounts each keep that pace, side by side.
 */
export function paceSummary(
  settings: { delayMs: number; concurrency: number },
  recipients: number,
  accounts = 1,
): { perMinute: number; hours: number } {
  // With no delay, assume a typical second per message per connection.
  const perAccount = settings.delayMs > 0 ? 60_000 / settings.delayMs : settings.concurrency * 60
  const perMinute = perAccount * Math.max(1, accounts)
  return { perMinute, hours: recipients / perMinute / 60 }
}

export type SpreadUnit = 'hours' | 'days'
const UNIT_MS: Record<SpreadUnit, number> = { hours: 3_600_000, days: 86_400_000 }

/** "Spread over" as the fields show it: whole days when it is whole days, else hours. */
export function spreadFields(ms: number): { amount: number; unit: SpreadUnit } {
  return ms % UNIT_MS.days === 0
    ? { amount: ms / UNIT_MS.days, unit: 'days' }
    : { amount: Math.round((ms / UNIT_MS.hours) * 10) / 10, unit: 'hours' }
}

export const spreadMsOf = (amount: number, unit: SpreadUnit): number =>
  Math.round(amount * UNIT_MS[unit])
