import { Alert, Card, Table, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Account } from '@renderer/store/accounts/state'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { accountLabel } from './accountLabel'

/** Each account's share of a campaign sent through several, and which of them stopped and why. */
export function AccountShares({
  campaign,
  accounts,
}: {
  campaign: CampaignView
  accounts: readonly Account[]
}) {
  const { t, i18n } = useTranslation()
  const shares = campaign.progress.accounts
  if (shares.length < 2) return null
  const number = (n: number) => n.toLocaleString(i18n.language)
  return (
    <Card withBorder>
      <Title order={3} size="h4" mb="sm">
        {t('campaigns.monitor.accounts.title')}
      </Title>
      <Table fz="sm" data-testid="account-shares">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('campaigns.monitor.accounts.account')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.monitor.sent')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.monitor.failed')}</Table.Th>
            <Table.Th ta="right">{t('campaigns.monitor.uncertain')}</Table.Th>
            <Table.Th>{t('campaigns.monitor.accounts.state')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shares.map((share) => (
            <Table.Tr key={share.accountId} data-testid={`account-share-${share.accountId}`}>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                {accountLabel(share.accountId, accounts, t)}
              </Table.Td>
              <Table.Td ta="right">{number(share.sent)}</Table.Td>
              <Table.Td ta="right">{number(share.failed)}</Table.Td>
              <Table.Td ta="right">{number(share.uncertain)}</Table.Td>
              <Table.Td>
                {share.stopped === null ? (
                  campaign.status === 'sending' ? (
                    // Outside the sending hours no account sends: each waits with the campaign.
                    campaign.progress.waitingUntil === null ? (
                      t('campaigns.monitor.accounts.sending')
                    ) : (
                      t('campaigns.monitor.accounts.waiting')
                    )
                  ) : (
                    t('campaigns.monitor.accounts.idle')
                  )
                ) : (
                  <>
                    <Text size="sm" fw={600}>
                      {t(`campaigns.monitor.accounts.stopped.${share.stopped}`)}
                    </Text>
                    {share.detail && (
                      <Text size="xs" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                        {share.detail}
                      </Text>
                    )}
                  </>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Card>
  )
}

/** While the campaign goes on: which of its accounts stopped, so nobody reads it as all well. */
export function StoppedAccountsNotice({
  campaign,
  accounts,
}: {
  campaign: CampaignView
  accounts: readonly Account[]
}) {
  const { t, i18n } = useTranslation()
  const shares = campaign.progress.accounts
  const stopped = shares.filter((s) => s.stopped !== null)
  if (campaign.status !== 'sending' || stopped.length === 0 || stopped.length === shares.length)
    return null
  const names = new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(
    stopped.map((s) =>
      t('campaigns.monitor.accounts.quoted', { name: accountLabel(s.accountId, accounts, t) }),
    ),
  )
  return (
    <Alert color="orange" role="note" data-testid="stopped-accounts">
      {t('campaigns.monitor.accounts.stoppedNotice', { names, count: stopped.length })}
    </Alert>
  )
}
