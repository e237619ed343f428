/**
 * The shared sending-policy inputs: the time-zone picker (search by city, typed offsets, the
 * computer's zone first) and the sending-hours input (its one-line summary, the midnight note,
 * hours that cannot be saved yet), in English and Russian.
 */
import { MantineProvider } from '@mantine/core'
import { act, fireEvent, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState, type ReactNode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import type { SendingHours } from '@shared/contract'
import { localTimeZone } from '@shared/sending/timeZone'
import { zoneName } from '@renderer/format/zoneName'
import { initI18n } from '@renderer/i18n'
import { SendingHoursInput } from './SendingHoursInput'
import { TimeZonePicker } from './TimeZonePicker'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)

async function inLanguage(language: 'en' | 'ru') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
}

const office: SendingHours = {
  days: [1, 2, 3, 4, 5],
  from: '09:00',
  to: '18:00',
  zone: 'Europe/Moscow',
}

/** The hours input as the editor holds it: what it passes on comes back as its value. */
async function renderHours(start: SendingHours | null, language: 'en' | 'ru' = 'en') {
  await inLanguage(language)
  const changes = vi.fn()
  function Holder() {
    const [value, setValue] = useState(start)
    return (
      <SendingHoursInput
        value={value}
        fallback={office}
        onChange={(next) => {
          changes(next)
          setValue(next)
        }}
      />
    )
  }
  await act(async () => {
    render(<Holder />, { wrapper })
  })
  return changes
}

const summary = () => screen.getByTestId('hours-summary').textContent
const setTime = (testId: string, value: string) =>
  fireEvent.change(screen.getByTestId(testId), { target: { value } })

describe('the sending-hours input', () => {
  it('is off by default, and switching it on offers the fallback hours, summed up', async () => {
    const changes = await renderHours(null)
    expect(summary()).toBe('Any day, any time.')
    await act(async () =>
      fireEvent.click(screen.getByRole('switch', { name: /^Send only within sending hours/ })),
    )
    expect(changes).toHaveBeenLastCalledWith(office)
    expect(summary()).toBe('Weekdays 09:00–18:00, Europe/Moscow')
    expect(screen.queryByTestId('hours-overnight')).toBeNull()
    // Each day is a checkbox named in full, Monday first.
    const days = screen.getAllByRole('checkbox', { name: /day$/ })
    expect(days.map((d) => d.getAttribute('aria-label'))).toEqual([
      'Monday',
      'Tuesday',
      'Wednesday',
      'Thursday',
      'Friday',
      'Saturday',
      'Sunday',
    ])
  })

  it('passes each valid change on and says when the hours run past midnight', async () => {
    const changes = await renderHours(office)
    await act(async () => fireEvent.click(screen.getByLabelText('Saturday')))
    expect(changes).toHaveBeenLastCalledWith({ ...office, days: [1, 2, 3, 4, 5, 6] })
    expect(summary()).toBe('Mon–Sat 09:00–18:00, Europe/Moscow')

    setTime('hours-from', '22:00')
    setTime('hours-to', '06:00')
    expect(changes).toHaveBeenLastCalledWith({
      ...office,
      days: [1, 2, 3, 4, 5, 6],
      from: '22:00',
      to: '06:00',
    })
    expect(summary()).toBe('Mon–Sat 22:00–06:00, Europe/Moscow')
    expect(screen.getByTestId('hours-overnight').textContent).toBe(
      'Runs past midnight: each day’s hours end the next day (Monday 22:00 → Tuesday 06:00).',
    )
  })

  it('keeps hours that cannot be saved on screen, says why, and passes nothing on', async () => {
    const changes = await renderHours(office)
    setTime('hours-to', '09:00')
    expect(screen.getByText(/start and end at the same time/)).toBeTruthy()
    expect(screen.queryByTestId('hours-summary')).toBeNull()
    setTime('hours-to', '18:00')
    changes.mockClear()
    for (const day of ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'])
      await act(async () => fireEvent.click(screen.getByLabelText(day)))
    expect(screen.getByText('Pick at least one day.')).toBeTruthy()
    expect(changes.mock.calls.at(-1)).toEqual([{ ...office, days: [5] }])
    await act(async () => fireEvent.click(screen.getByLabelText('Sunday')))
    expect(changes).toHaveBeenLastCalledWith({ ...office, days: [7] })
  })

  it('switched off passes null, and on again brings the same hours back', async () => {
    const night = { ...office, from: '20:00', to: '02:00' }
    const changes = await renderHours(night)
    const toggle = screen.getByRole('switch', { name: /^Send only within sending hours/ })
    await act(async () => fireEvent.click(toggle))
    expect(changes).toHaveBeenLastCalledWith(null)
    await act(async () => fireEvent.click(toggle))
    expect(changes).toHaveBeenLastCalledWith(night)
  })

  it('speaks Russian, Monday first', async () => {
    await renderHours({ ...office, days: [6, 7], from: '23:00', to: '07:00' }, 'ru')
    expect(summary()).toBe('Выходные 23:00–07:00, Europe/Moscow')
    expect(screen.getByTestId('hours-overnight').textContent).toBe(
      'Часы переходят через полночь: отправка, начатая в выбранный день, заканчивается на следующий (суббота 23:00 → воскресенье 07:00).',
    )
    expect(screen.getByRole('switch', { name: /^Отправлять только в заданные часы/ })).toBeTruthy()
    expect(screen.getByLabelText('С')).toBeTruthy()
    expect(screen.getByLabelText('До')).toBeTruthy()
    const days = screen.getAllByRole('checkbox').filter((c) => c.getAttribute('aria-label'))
    expect(days[0]!.getAttribute('aria-label')).toBe('понедельник')
    expect(days.map((d) => d.nextElementSibling?.textContent)).toEqual([
      'пн',
      'вт',
      'ср',
      'чт',
      'пт',
      'сб',
      'вс',
    ])
  })
})

async function renderPicker(start: string) {
  await inLanguage('en')
  const changes = vi.fn()
  function Holder() {
    const [zone, setZone] = useState(start)
    return (
      <TimeZonePicker
        value={zone}
        onChange={(next) => {
          changes(next)
          setZone(next)
        }}
        at={Date.UTC(2024, 0, 15)}
      />
    )
  }
  await act(async () => {
    render(<Holder />, { wrapper })
  })
  return changes
}

describe('the time-zone picker', () => {
  it('shows the chosen zone with its offset, and finds a zone by its city', async () => {
    const changes = await renderPicker('Europe/Moscow')
    const input = screen.getByRole('combobox', { name: 'Time zone' }) as HTMLInputElement
    expect(input.value).toBe('Europe/Moscow (UTC+03:00)')
    await userEvent.clear(input)
    await userEvent.type(input, 'new york')
    const options = await screen.findAllByRole('option')
    expect(options.map((o) => o.textContent)).toEqual(['America/New York (UTC-05:00)'])
    await userEvent.click(options[0]!)
    expect(changes).toHaveBeenLastCalledWith('America/New_York')
    expect(input.value).toBe('America/New York (UTC-05:00)')
  })

  it('offers the computer’s zone first', async () => {
    await renderPicker('Europe/Moscow')
    await userEvent.click(screen.getByRole('combobox', { name: 'Time zone' }))
    const first = (await screen.findAllByRole('option'))[0]!
    expect(first.textContent).toMatch(
      new RegExp(
        `^${zoneName(localTimeZone()).replace('+', '\\+')}( \\(UTC.*\\))? — this computer$`,
      ),
    )
  })

  it('accepts an offset typed as UTC+3, keyboard only', async () => {
    const changes = await renderPicker('Europe/Moscow')
    const input = screen.getByRole('combobox', { name: 'Time zone' })
    await userEvent.clear(input)
    await userEvent.type(input, 'UTC+4:30')
    expect((await screen.findAllByRole('option'))[0]!.textContent).toBe('UTC+04:30')
    await userEvent.keyboard('{ArrowDown}{Enter}')
    expect(changes).toHaveBeenLastCalledWith('UTC+04:30')
    expect((input as HTMLInputElement).value).toBe('UTC+04:30')
  })

  it('says so when nothing matches', async () => {
    await renderPicker('UTC')
    const input = screen.getByRole('combobox', { name: 'Time zone' })
    await userEvent.clear(input)
    await userEvent.type(input, 'Atlantis')
    expect(screen.getByText(/No such time zone/)).toBeTruthy()
  })
})
