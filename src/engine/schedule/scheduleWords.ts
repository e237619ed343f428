/** A scheduled time as a log line carries it: the wall-clock time in the zone it was chosen in. */
import { DateTime } from 'luxon'
import type { Params } from '@shared/contract'

export function scheduleWords(at: number, zone: string): { at: string; zone: string } & Params {
  const local = DateTime.fromMillis(at, { zone })
  return {
    at: (local.isValid ? local : DateTime.fromMillis(at, { zone: 'utc' })).toFormat(
      'yyyy-MM-dd HH:mm',
    ),
    zone,
  }
}
