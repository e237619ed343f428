/** The shared warm-up presets in the shape the account form reads them. */
import { WARMUP_PRESETS as SHARED } from '@shared/sending/warmupPresets'

export interface WarmupPreset {
  id: string
  /** The first day's cap. */
  start: number
  /** The cap from the last day on. */
  target: number
  /** Days with mail from the start to the target. */
  days: number
}

export const WARMUP_PRESETS: readonly WarmupPreset[] = SHARED.map((p) => ({
  id: p.id,
  start: p.startPerDay,
  target: p.targetPerDay,
  days: p.days,
}))
