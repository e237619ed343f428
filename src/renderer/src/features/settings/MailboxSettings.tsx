import { Card, Group, NumberInput, SegmentedControl, Stack, Text, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Settings } from '@shared/contract'
import { settingsChanged } from '../../store/settings/actions'

type Mailbox = Settings['mailbox']
type Unit = 'seconds' | 'minutes'

const MIN_SECONDS = 30
const MAX_SECONDS = 3600

/** How often the mailboxes are read, and when soft bounces in a row count as a hard one. */
export function MailboxSettings({ mailbox }: { mailbox: Mailbox }) {
  const { t } = useTranslation()
  // Whole minutes read as minutes; the unit is the user's to change.
  const [unit, setUnit] = useState<Unit>(mailbox.pollSeconds % 60 === 0 ? 'minutes' : 'seconds')
  const scale = unit === 'minutes' ? 60 : 1
  const save = (patch: Partial<Mailbox>) =>
    void settingsChanged({ mailbox: { ...mailbox, ...patch } })
  const savePoll = (value: number | string) => {
    if (typeof value !== 'number' || !Number.isInteger(value)) return
    const seconds = value * scale
    // Only what the engine accepts is saved; the field clamps the rest on blur.
    if (seconds >= MIN_SECONDS && seconds <= MAX_SECONDS) save({ pollSeconds: seconds })
  }
  return (
    <Card withBorder data-testid="settings-mailbox">
      <Title order={3} size="h5">
        {t('settings.mailbox.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('settings.mailbox.hint')}
      </Text>
      <Stack gap="md">
        <Group align="flex-end" gap="sm">
          <NumberInput
            label={t('settings.mailbox.poll')}
            description={t('settings.mailbox.pollHint')}
            min={Math.ceil(MIN_SECONDS / scale)}
            max={MAX_SECONDS / scale}
            allowDecimal={false}
            clampBehavior="blur"
            w={240}
            // A unit switch keeps the value unless it is no whole number of minutes.
            key={unit}
            defaultValue={Math.round(mailbox.pollSeconds / scale)}
            onChange={savePoll}
            data-testid="settings-mailbox-poll"
          />
          <SegmentedControl
            aria-label={t('settings.mailbox.unit')}
            value={unit}
            onChange={(v) => {
              setUnit(v as Unit)
              // Minutes show whole minutes: what is saved is what is shown.
              const minutes = Math.min(60, Math.max(1, Math.round(mailbox.pollSeconds / 60)))
              if (v === 'minutes' && mailbox.pollSeconds % 60 !== 0)
                save({ pollSeconds: minutes * 60 })
            }}
            data={[
              { value: 'seconds', label: t('settings.mailbox.seconds') },
              { value: 'minutes', label: t('settings.mailbox.minutes') },
            ]}
            data-testid="settings-mailbox-unit"
          />
        </Group>
        <NumberInput
          label={t('settings.mailbox.softBounces')}
          description={t('settings.mailbox.softBouncesHint')}
          min={1}
          max={20}
          allowDecimal={false}
          maw={240}
          value={mailbox.softBounceCampaigns}
          onChange={(v) =>
            typeof v === 'number' &&
            Number.isInteger(v) &&
            v >= 1 &&
            v <= 20 &&
            save({ softBounceCampaigns: v })
          }
          data-testid="settings-mailbox-soft"
        />
      </Stack>
    </Card>
  )
}
