import { useTranslation } from 'react-i18next'
import type { WarmupToday } from '@shared/contract'

/** Today's warm-up allowance and, when it grows, from what time: "120 of 180; 240 from 00:00". */
export function WarmupAllowance({ today }: { today: WarmupToday | null }) {
  const { t, i18n } = useTranslation()
  if (today === null) return t('queue.noWarmup')
  const number = (n: number) => n.toLocaleString(i18n.language)
  const counts = { sent: number(today.sentToday), allowance: number(today.allowance) }
  if (today.nextAllowance <= today.allowance) return t('queue.warmupToday', counts)
  const time = new Date(today.growsAt).toLocaleTimeString(i18n.language, {
    hour: '2-digit',
    minute: '2-digit',
  })
  return t('queue.warmupGrows', { ...counts, next: number(today.nextAllowance), time })
}
