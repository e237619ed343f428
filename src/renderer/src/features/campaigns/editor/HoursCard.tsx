import { Button, Card, Group, Stack, Switch, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { localTimeZone } from '@shared/sending/timeZone'
import { hoursSummary } from '@renderer/format/sendingHours'
import { zoneName } from '@renderer/format/zoneName'
import { accountsSelectors } from '@renderer/store/accounts/state'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { useStore } from '@renderer/store/store'
import { accountName } from '../../accounts/accountName'
import { SendingHoursInput } from '../../policy/SendingHoursInput'

type Policy = CampaignView['policy']

/**
 * When the campaign may send: its sending hours (the first account's are the default), and
 * whether they apply in each recipient's own time zone.
 */
export function HoursCard({ campaign }: { campaign: CampaignView }) {
  const { t, i18n } = useTranslation()
  const first = useStore(accountsSelectors.list).find((a) => a.id === campaign.accountId)
  const policy = campaign.policy
  const hours = policy.sendingHours
  const setPolicy = (patch: Partial<Policy>) =>
    draftEdited(campaign.id, { policy: { ...policy, ...patch } })
  const accountHours = first?.sendingHours ?? null
  const differs = accountHours !== null && JSON.stringify(accountHours) !== JSON.stringify(hours)

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t('campaigns.sending.hoursTitle')}
      </Title>
      <Stack gap="md">
        <SendingHoursInput
          value={hours}
          fallback={accountHours ?? undefined}
          // Without hours there is nothing to apply in each recipient's zone.
          onChange={(next) =>
            setPolicy({ sendingHours: next, ...(next === null && { recipientZones: false }) })
          }
        />
        {first && accountHours && differs && (
          <Group gap="xs" data-testid="account-hours">
            <Text size="sm" c="dimmed">
              {t('campaigns.sending.accountHours', {
                name: accountName(first, t),
                hours: hoursSummary(accountHours, t, i18n.language),
              })}
            </Text>
            <Button
              size="compact-sm"
              variant="light"
              onClick={() => setPolicy({ sendingHours: accountHours })}
            >
              {t('campaigns.sending.useAccountHours')}
            </Button>
          </Group>
        )}
        <RecipientZones campaign={campaign} onChange={(on) => setPolicy({ recipientZones: on })} />
      </Stack>
    </Card>
  )
}

function RecipientZones({
  campaign,
  onChange,
}: {
  campaign: CampaignView
  onChange: (on: boolean) => void
}) {
  const { t, i18n } = useTranslation()
  const zones = campaign.recipientZones
  const hours = campaign.policy.sendingHours
  const known = zones && zones.known > 0 ? zones : null
  const hint = !zones
    ? t('campaigns.sending.recipientZonesNone')
    : !known
      ? t('campaigns.sending.recipientZonesUnknown', { column: zones.column })
      : t('campaigns.sending.recipientZonesKnown', {
          count: known.known,
          formatted: known.known.toLocaleString(i18n.language),
          total: campaign.recipients.toLocaleString(i18n.language),
          column: known.column,
          zone: zoneName(hours?.zone ?? localTimeZone()),
        })
  return (
    <Switch
      label={t('campaigns.sending.recipientZones')}
      description={
        known && !hours ? `${hint} ${t('campaigns.sending.recipientZonesNeedsHours')}` : hint
      }
      checked={campaign.policy.recipientZones && known !== null && hours !== null}
      disabled={!known || !hours}
      onChange={(e) => onChange(e.currentTarget.checked)}
      data-testid="recipient-zones"
    />
  )
}
