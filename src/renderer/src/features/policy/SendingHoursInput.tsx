import { Chip, Group, Input, Stack, Switch, Text, TextInput } from '@mantine/core'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { SendingHours } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import { hoursSummary, overnightNote, weekdayNames } from '@renderer/format/sendingHours'
import { TimeZonePicker } from './TimeZonePicker'

type Hours = Pick<SendingHours, 'days' | 'from' | 'to' | 'zone'>
/** What the engine refused in the hours (a form's field errors), by the part it names. */
export type HoursErrors = Partial<Record<keyof Hours, string>>
const DAYS = [1, 2, 3, 4, 5, 6, 7] as const

/** Office hours on this computer: what switching on offers when there is nothing better. */
const officeHours = (): Hours => ({
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '18:00',
  zone: localTimeZone(),
})

/** Why these hours cannot be saved, or null. The contract says the same (SendingHours). */
function problemOf(hours: Hours): 'noDays' | 'sameTimes' | null {
  if (hours.days.length === 0) return 'noDays'
  if (!/^\d{2}:\d{2}$/.test(hours.from) || !/^\d{2}:\d{2}$/.test(hours.to)) return 'sameTimes'
  return hours.from === hours.to ? 'sameTimes' : null
}

/**
 * Sending hours, on or off: weekdays, from and to, and a zone, summed up in one line. Hours
 * that cannot be saved (no day, the same start and end) stay on screen with what is wrong and
 * are not passed on until they can be; switched off, the caller gets null and the hours stay
 * for when they are switched on again.
 */
export function SendingHoursInput({
  value,
  onChange,
  fallback,
  label,
  description,
  errors = {},
}: {
  value: SendingHours | null
  onChange: (hours: SendingHours | null) => void
  /** What switching on offers when there are no hours yet (an account's); else office hours. */
  fallback?: Hours
  label?: string
  description?: string
  errors?: HoursErrors
}) {
  const { t, i18n } = useTranslation()
  const daysLabel = useId()
  const [enabled, setEnabled] = useState(value !== null)
  const [hours, setHours] = useState<Hours>(() => value ?? fallback ?? officeHours())
  // A value from outside (another draft, the engine's answer) replaces what is shown; what
  // this input passed on comes back the same, and hours not valid yet were never passed on.
  const key = JSON.stringify(value)
  const [shown, setShown] = useState(key)
  if (key !== shown) {
    setShown(key)
    setEnabled(value !== null)
    if (value) setHours(value)
  }

  const edit = (patch: Partial<Hours>) => {
    const next = { ...hours, ...patch }
    setHours(next)
    if (problemOf(next) === null) onChange(next)
  }
  const toggle = (on: boolean) => {
    setEnabled(on)
    onChange(on && problemOf(hours) === null ? hours : null)
  }

  const problem = problemOf(hours)
  const short = weekdayNames(i18n.language, 'short')
  const long = weekdayNames(i18n.language, 'long')
  const note = problem === null ? overnightNote(hours, t, i18n.language) : null

  return (
    <Stack gap="sm">
      <Switch
        label={label ?? t('policy.hours.enable')}
        description={description ?? t('policy.hours.enableHint')}
        checked={enabled}
        onChange={(e) => toggle(e.currentTarget.checked)}
        data-testid="hours-enabled"
      />
      {!enabled ? (
        <Text size="sm" c="dimmed" data-testid="hours-summary">
          {t('policy.hours.anyTime')}
        </Text>
      ) : (
        <>
          <Input.Wrapper
            label={t('policy.hours.days')}
            labelProps={{ id: daysLabel, component: 'span' }}
            error={problem === 'noDays' ? t('policy.hours.noDays') : errors.days}
          >
            <Group gap={6} mt={4} role="group" aria-labelledby={daysLabel}>
              {DAYS.map((day) => (
                <Chip
                  key={day}
                  size="sm"
                  checked={hours.days.includes(day)}
                  onChange={(on) =>
                    edit({
                      days: on
                        ? [...hours.days, day].sort((a, b) => a - b)
                        : hours.days.filter((d) => d !== day),
                    })
                  }
                  aria-label={long[day - 1]}
                  data-testid={`hours-day-${day}`}
                >
                  {short[day - 1]}
                </Chip>
              ))}
            </Group>
          </Input.Wrapper>
          <Group align="flex-start" wrap="wrap">
            <TextInput
              type="time"
              label={t('policy.hours.from')}
              value={hours.from}
              onChange={(e) => edit({ from: e.currentTarget.value })}
              error={errors.from}
              w={140}
              data-testid="hours-from"
            />
            <TextInput
              type="time"
              label={t('policy.hours.to')}
              value={hours.to}
              onChange={(e) => edit({ to: e.currentTarget.value })}
              error={problem === 'sameTimes' ? t('policy.hours.sameTimes') : errors.to}
              w={problem === 'sameTimes' || errors.to ? 260 : 140}
              data-testid="hours-to"
            />
          </Group>
          {/* A row of its own: a zone's name and offset are long, in Russian the hint too. */}
          <TimeZonePicker
            value={hours.zone}
            onChange={(zone) => edit({ zone })}
            error={errors.zone}
            maw={520}
            data-testid="hours-zone"
          />
          {problem === null && (
            <Text size="sm" fw={500} data-testid="hours-summary">
              {hoursSummary(hours, t, i18n.language)}
            </Text>
          )}
          {note && (
            <Text size="sm" c="dimmed" data-testid="hours-overnight">
              {note}
            </Text>
          )}
        </>
      )}
    </Stack>
  )
}
