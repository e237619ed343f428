import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localTimeZone } from '@shared/sending/timeZone'
import { formatApproxDuration } from '@renderer/format/approxDuration'
import { momentWords } from '@renderer/format/moment'
import type { Account } from '@renderer/store/accounts/state'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { spreadOutlook } from './spreadOutlook'

/**
 * Under "spread over": the pace the engine derived, the planned end, and whether the accounts'
 * limits let it get there.
 */
export function SpreadPace({
  campaign,
  accounts,
  now,
}: {
  campaign: CampaignView
  accounts: readonly Account[]
  now: number
}) {
  const { t, i18n } = useTranslation()
  const p = campaign.progress
  const open = campaign.status === 'sending' || campaign.status === 'paused'
  if (campaign.policy.spreadMs === null || campaign.finishBy === null || !open) return null
  const end = momentWords(campaign.finishBy, localTimeZone(), now, t, i18n.language)
  const number = (n: number) => n.toLocaleString(i18n.language)

  const outlook = campaign.status === 'sending' ? spreadOutlook(campaign, accounts, now) : null
  const verdict =
    outlook === null
      ? null
      : outlook.kind === 'onTrack'
        ? t('campaigns.monitor.spread.onTrack')
        : outlook.kind === 'late'
          ? t('campaigns.monitor.spread.late', { left: number(outlook.left) })
          : t(`campaigns.monitor.spread.${outlook.kind}`, {
              needed: number(outlook.needed),
              cap: number(outlook.cap),
            })
  const behind = outlook !== null && outlook.kind !== 'onTrack'
  return (
    <Text size="sm" mt="xs" fw={behind ? 600 : undefined} data-testid="spread-pace">
      {outlook?.kind === 'late'
        ? verdict
        : [
            p.paceMs === null
              ? t('campaigns.monitor.spread.finishBy', end)
              : t('campaigns.monitor.spread.pace', {
                  ...end,
                  interval: formatApproxDuration(p.paceMs, i18n.language),
                }),
            verdict,
          ]
            .filter(Boolean)
            .join(' ')}
    </Text>
  )
}
