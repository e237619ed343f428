import { Alert } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localTimeZone } from '@shared/sending/timeZone'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { clocksDiffer, momentWords } from '@renderer/format/moment'
import { zoneName } from '@renderer/format/zoneName'

/**
 * Outside its sending hours: when sending resumes, in the hours' zone, and on this computer's
 * clock too when that reads differently. Calm, and not a live region: nothing went wrong.
 */
export function WaitingNotice({ campaign, now }: { campaign: CampaignView; now: number }) {
  const { t, i18n } = useTranslation()
  const at = campaign.progress.waitingUntil
  if (at === null || campaign.status !== 'sending') return null
  const local = localTimeZone()
  const zone = campaign.policy.sendingHours?.zone ?? local
  const there = momentWords(at, zone, now, t, i18n.language)
  const here = clocksDiffer(at, zone, local) ? momentWords(at, local, now, t, i18n.language) : null
  const text = here
    ? t('campaigns.monitor.waitingZones', {
        ...there,
        zone: zoneName(zone),
        localDay: here.day,
        localTime: here.time,
      })
    : t('campaigns.monitor.waiting', there)
  return (
    <Alert color="blue" variant="light" role="note" data-testid="waiting-notice">
      {text}
    </Alert>
  )
}
