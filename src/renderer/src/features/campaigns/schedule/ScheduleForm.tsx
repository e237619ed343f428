import { Alert, Button, Group, Radio, Stack, Text, TextInput } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Schedule } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import { outbox } from '@renderer/client'
import { formatMoment } from '@renderer/format/moment'
import { instantOf, tomorrowAt, wallClockOf } from '@renderer/format/wallClock'
import { zoneName } from '@renderer/format/zoneName'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { errorOf, type ShownError } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'
import { TimeZonePicker } from '../../policy/TimeZonePicker'
import { startsAtText } from './startsAt'

type MissedStart = Schedule['missedStart']

/**
 * A date, a time and a zone (the computer's unless chosen), and what to do if Outbox is closed
 * then; scheduling calls `campaigns.schedule` with the instant they name. A new schedule starts
 * tomorrow at 09:00; a scheduled one shows its own time, in its own zone.
 */
export function ScheduleForm({
  campaignId,
  current,
  onCancel,
  onScheduled,
}: {
  campaignId: number
  current: Schedule | null
  onCancel: () => void
  onScheduled: () => void
}) {
  const { t, i18n } = useTranslation()
  // When "in the future" was last judged: the dialog's opening, then each try to schedule.
  const [now, setNow] = useState(() => Date.now())
  const [zone, setZone] = useState(current?.zone ?? localTimeZone())
  const [fields, setFields] = useState(() =>
    current ? wallClockOf(current.at, current.zone) : tomorrowAt(now, zone, '09:00'),
  )
  const [missedStart, setMissedStart] = useState<MissedStart>(current?.missedStart ?? 'ask')
  const [saving, setSaving] = useState(false)
  const [error, setError] = useState<ShownError | null>(null)

  const at = instantOf(fields.date, fields.time, zone)
  const problem = at === null ? 'invalid' : at <= now ? 'past' : null
  const local = localTimeZone()

  const submit = async () => {
    const moment = Date.now()
    setNow(moment)
    if (at === null || at <= moment) return
    setSaving(true)
    setError(null)
    try {
      const schedule = { at, zone, missedStart }
      campaignReceived(await outbox().campaigns.schedule({ id: campaignId, schedule }))
      onScheduled()
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setSaving(false)
    }
  }

  return (
    <Stack data-testid="schedule-form">
      <Group align="flex-start" wrap="wrap">
        <TextInput
          type="date"
          label={t('campaigns.schedule.date')}
          value={fields.date}
          min={wallClockOf(now, zone).date}
          onChange={(e) => setFields({ ...fields, date: e.currentTarget.value })}
          w={170}
          data-testid="schedule-date"
        />
        <TextInput
          type="time"
          label={t('campaigns.schedule.time')}
          value={fields.time}
          onChange={(e) => setFields({ ...fields, time: e.currentTarget.value })}
          w={140}
          data-testid="schedule-time"
        />
      </Group>
      <TimeZonePicker value={zone} onChange={setZone} at={at ?? now} data-testid="schedule-zone" />
      {problem ? (
        <Text size="sm" c="red" role="alert" data-testid="schedule-problem">
          {t(`campaigns.schedule.${problem}`)}
        </Text>
      ) : (
        <Stack gap={2} data-testid="schedule-preview">
          <Text fw={600}>{startsAtText({ at: at!, zone }, now, t, i18n.language)}</Text>
          {zone !== local && (
            <Text size="sm" c="dimmed">
              {t('campaigns.schedule.onThisComputer', {
                date: formatMoment(at!, local, i18n.language, now),
                zone: zoneName(local),
              })}
            </Text>
          )}
        </Stack>
      )}
      <Radio.Group
        label={t('campaigns.schedule.missed')}
        value={missedStart}
        onChange={(v) => setMissedStart(v as MissedStart)}
      >
        <Stack gap={6} mt={6}>
          <Radio
            value="start"
            label={t('campaigns.schedule.missedStart')}
            data-testid="schedule-missed-start"
          />
          <Radio
            value="ask"
            label={t('campaigns.schedule.missedAsk')}
            data-testid="schedule-missed-ask"
          />
        </Stack>
      </Radio.Group>
      {error && (
        <Alert color="red" data-testid="schedule-error">
          <ErrorText error={error} />
        </Alert>
      )}
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.back')}
        </Button>
        <Button
          onClick={() => void submit()}
          loading={saving}
          disabled={problem !== null}
          data-testid="schedule-confirm"
        >
          {t('campaigns.schedule.confirm')}
        </Button>
      </Group>
    </Stack>
  )
}
