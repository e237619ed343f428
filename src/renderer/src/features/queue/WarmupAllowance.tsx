import { useTranslation } from 'react-i18next'
import type { WarmupToday } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import { momentWords } from '@renderer/format/moment'

/**
 * Today's warm-up allowance and, when it grows, from when on this computer's clock:
 * "120 of 180; 240 from 00:00 tomorrow". `now` is when the queue was last looked at (each second).
 */
export function WarmupAllowance({ today, now }: { today: WarmupToday | null; now: number }) {
  const { t, i18n } = useTranslation()
  if (today === null) return t('queue.noWarmup')
  const number = (n: number) => n.toLocaleString(i18n.language)
  const counts = { sent: number(today.sentToday), allowance: number(today.allowance) }
  if (today.nextAllowance <= today.allowance) return t('queue.warmupToday', counts)
  const when = momentWords(today.growsAt, localTimeZone(), now, t, i18n.language)
  return t('queue.warmupGrows', { ...counts, next: number(today.nextAllowance), ...when })
}
