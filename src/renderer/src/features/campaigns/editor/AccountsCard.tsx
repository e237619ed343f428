import { ActionIcon, Badge, Card, Group, Select, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MAX_CAMPAIGN_ACCOUNTS } from '@shared/contract'
import { accountsSelectors, type Account } from '@renderer/store/accounts/state'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited } from '@renderer/store/draft/actions'
import { useStore } from '@renderer/store/store'
import { accountName } from '../../accounts/accountName'

/**
 * The accounts a campaign sends through, in order (the first is the campaign's account), and
 * whose From the messages carry. Every change saves the whole list.
 */
export function AccountsCard({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const accounts = useStore(accountsSelectors.list)
  const ids = campaign.accountIds.length > 0 ? campaign.accountIds : [campaign.accountId]
  const byId = new Map(accounts.map((a) => [a.id, a]))
  const nameOf = (id: number) => {
    const account = byId.get(id)
    return account ? accountName(account, t) : t('campaigns.sending.missingAccount', { id })
  }
  const fromId = campaign.policy.fromAccountId

  const save = (next: number[]) =>
    draftEdited(campaign.id, {
      accountIds: next,
      // A fixed From must be one of the campaign's accounts.
      ...(fromId !== null &&
        !next.includes(fromId) && { policy: { ...campaign.policy, fromAccountId: null } }),
    })
  const move = (index: number, by: -1 | 1) => {
    const next = [...ids]
    ;[next[index], next[index + by]] = [next[index + by]!, next[index]!]
    save(next)
  }
  const addable = accounts.filter((a) => !ids.includes(a.id))
  const full = ids.length >= MAX_CAMPAIGN_ACCOUNTS

  return (
    <Card withBorder>
      <Title order={3} size="h5" mb="sm">
        {t('campaigns.sending.accountsTitle')}
      </Title>
      <Stack gap="xs">
        <Stack gap={4} component="ol" m={0} p={0} style={{ listStyle: 'none' }}>
          {ids.map((id, index) => (
            <Group
              key={id}
              component="li"
              justify="space-between"
              wrap="nowrap"
              data-testid={`campaign-account-${id}`}
            >
              <Group gap="xs" wrap="wrap" style={{ minWidth: 0 }}>
                <Text size="sm" c="dimmed" w={18}>
                  {index + 1}.
                </Text>
                <Text size="sm" fw={500}>
                  {nameOf(id)}
                </Text>
                <Sender account={byId.get(id)} />
                {index === 0 && ids.length > 1 && (
                  <Badge variant="light" size="sm">
                    {t('campaigns.sending.mainAccount')}
                  </Badge>
                )}
              </Group>
              <Group gap={4} wrap="nowrap">
                <ActionIcon
                  variant="subtle"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('campaigns.sending.moveUp', { name: nameOf(id) })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  disabled={index === ids.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('campaigns.sending.moveDown', { name: nameOf(id) })}
                >
                  ↓
                </ActionIcon>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  disabled={ids.length === 1}
                  onClick={() => save(ids.filter((other) => other !== id))}
                  aria-label={t('campaigns.sending.removeAccount', { name: nameOf(id) })}
                >
                  ✕
                </ActionIcon>
              </Group>
            </Group>
          ))}
        </Stack>
        {addable.length > 0 && (
          <Select
            label={t('campaigns.sending.addAccount')}
            placeholder={t('campaigns.sending.addAccountPlaceholder')}
            description={
              full ? t('campaigns.sending.maxAccounts', { max: MAX_CAMPAIGN_ACCOUNTS }) : undefined
            }
            disabled={full}
            value={null}
            data={addable.map((a) => ({ value: String(a.id), label: accountName(a, t) }))}
            onChange={(v) => v && save([...ids, Number(v)])}
            maw={420}
            data-testid="campaign-add-account"
          />
        )}
        <Text size="sm" c="dimmed" data-testid="accounts-note">
          {ids.length > 1
            ? t('campaigns.sending.accountsMany')
            : t('campaigns.sending.accountsOne')}
        </Text>
        {ids.length > 1 && (
          <Select
            label={t('campaigns.sending.from')}
            description={t('campaigns.sending.fromHint')}
            allowDeselect={false}
            value={fromId === null ? 'own' : String(fromId)}
            data={[
              { value: 'own', label: t('campaigns.sending.fromOwn') },
              ...ids.map((id) => ({ value: String(id), label: senderLabel(byId.get(id), id) })),
            ]}
            onChange={(v) =>
              v &&
              draftEdited(campaign.id, {
                policy: { ...campaign.policy, fromAccountId: v === 'own' ? null : Number(v) },
              })
            }
            data-testid="campaign-from"
          />
        )}
      </Stack>
    </Card>
  )
}

function Sender({ account }: { account: Account | undefined }) {
  if (!account || account.builtin) return null
  return (
    <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
      {account.fromEmail}
    </Text>
  )
}

/** "Ann <ann@example.com>": what the From of every message would say. */
function senderLabel(account: Account | undefined, id: number): string {
  if (!account) return `#${id}`
  return account.fromName ? `${account.fromName} <${account.fromEmail}>` : account.fromEmail
}
