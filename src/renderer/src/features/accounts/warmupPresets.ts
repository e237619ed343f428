/**
 * Warm-up presets, by the shape the shared list will have. PLACEHOLDER: the list proper is
 * `src/shared/sending/warmupPresets.ts` (the engine's side); once it exists this file imports it
 * instead of listing its own. The form and the tests only rely on the shape.
 */
export interface WarmupPreset {
  id: string
  /** The first day's cap. */
  start: number
  /** The cap from the last day on. */
  target: number
  /** Days with mail from the start to the target. */
  days: number
}

export const WARMUP_PRESETS: readonly WarmupPreset[] = [
  { id: 'gentle', start: 20, target: 500, days: 30 },
  { id: 'standard', start: 50, target: 2000, days: 21 },
  { id: 'quick', start: 100, target: 5000, days: 14 },
]
