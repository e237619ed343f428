/**
 * Warm-up presets the account window offers (the user may change any number after).
 *
 * What providers' and deliverability guides commonly advise for a new sender: begin with a few
 * dozen to a few hundred messages a day, never more than double the previous day, and reach full
 * volume over two to six weeks, slower for a smaller or colder audience. Each preset keeps well
 * inside that: its daily growth factor, (target / start)^(1 / (days − 1)), is about
 * ×1.12 (gentle), ×1.16 (standard) and ×1.26 (fast). The targets match what one SMTP account
 * is usually allowed to send a day (a few hundred for a mailbox, a couple of thousand for a
 * business account); above them the account's own daily cap is the tool.
 */
import type { Warmup } from '../contract/sendingPolicy'

export type WarmupPresetId = 'gentle' | 'standard' | 'fast'

export interface WarmupPreset {
  id: WarmupPresetId
  startPerDay: number
  targetPerDay: number
  days: number
}

export const WARMUP_PRESETS: readonly WarmupPreset[] = [
  /** A new domain or a mailbox that never sent in bulk: 20 a day up to 500 over a month. */
  { id: 'gentle', startPerDay: 20, targetPerDay: 500, days: 30 },
  /** A new account on a domain with some history: 50 up to 1,000 over three weeks. */
  { id: 'standard', startPerDay: 50, targetPerDay: 1000, days: 21 },
  /** A well-kept, opted-in list on a known domain: 100 up to 2,000 over two weeks. */
  { id: 'fast', startPerDay: 100, targetPerDay: 2000, days: 14 },
]

/** A preset as an account's warm-up, its days counted in `zone`. */
export function warmupFromPreset(id: WarmupPresetId, zone: string): Warmup {
  const preset = WARMUP_PRESETS.find((p) => p.id === id)!
  return {
    startPerDay: preset.startPerDay,
    targetPerDay: preset.targetPerDay,
    days: preset.days,
    zone,
  }
}

/** The preset a warm-up matches (whatever its zone), or null: a custom one. */
export function presetOf(w: Pick<Warmup, 'startPerDay' | 'targetPerDay' | 'days'>) {
  return (
    WARMUP_PRESETS.find(
      (p) =>
        p.startPerDay === w.startPerDay && p.targetPerDay === w.targetPerDay && p.days === w.days,
    )?.id ?? null
  )
}
