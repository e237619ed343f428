/** "Starts Tue, Dec 3, 09:00 (Europe/Moscow)": a scheduled start in the zone it was chosen in. */
import type { TFunction } from 'i18next'
import type { Schedule } from '@shared/contract'
import { formatMoment } from '@renderer/format/moment'
import { zoneName } from '@renderer/format/zoneName'

export function startsAtText(
  schedule: Pick<Schedule, 'at' | 'zone'>,
  now: number,
  t: TFunction,
  language: string,
): string {
  return t('campaigns.schedule.startsAt', {
    date: formatMoment(schedule.at, schedule.zone, language, now),
    zone: zoneName(schedule.zone),
  })
}
