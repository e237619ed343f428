/** The queue screen's accounts: caps and pace, and today's warm-up allowance and when it grows. */
import { screen, waitFor } from '@testing-library/react'
import { DateTime } from 'luxon'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { QueueSnapshot } from '@shared/contract'
import { sampleAccount, testInboxAccount } from '../../test/accounts'
import { fakeOutbox } from '../../test/fakeOutbox'
import { ok, openScreen } from '../../test/openScreen'

const midnight = DateTime.fromISO('2030-01-05T00:00', { zone: 'Europe/Moscow' }).toMillis()
const today = { day: 3, allowance: 180, sentToday: 120, nextAllowance: 240, growsAt: midnight }
const warmup = { startPerDay: 50, targetPerDay: 2000, days: 21, zone: 'Europe/Moscow' }

const snapshot: QueueSnapshot = {
  byState: {
    queued: 60,
    sending: 1,
    retrying: 0,
    sent: 120,
    failed: 0,
    uncertain: 0,
    skipped: 0,
    cancelled: 0,
  },
  inFlight: 1,
  nextAttemptAt: null,
  accounts: [
    {
      accountId: 2,
      sending: true,
      throttledUntil: null,
      cappedUntil: null,
      paceMs: 2000,
      warmup: today,
    },
  ],
}
const accounts = [
  testInboxAccount,
  // The accounts' list may be a moment older than the queue's look: the queue's counts win.
  sampleAccount({ warmup, warmupToday: { ...today, sentToday: 100 } }),
  sampleAccount({
    id: 3,
    name: 'Idle one',
    warmup,
    warmupToday: { ...today, sentToday: 0, nextAllowance: 180 },
  }),
]

async function openQueue(language: 'en' | 'ru') {
  vi.stubEnv('TZ', 'Europe/Moscow')
  // An evening of the warm-up's third day: it grows at the coming midnight.
  vi.useFakeTimers({ toFake: ['Date'] })
  vi.setSystemTime(midnight - 3 * 3_600_000)
  const opened = await openScreen(
    'queue',
    fakeOutbox({ 'queue.snapshot': ok(snapshot), 'accounts.list': ok(accounts) }),
    language,
  )
  await waitFor(() => expect(screen.getByTestId('queue-warmup-2')).toBeTruthy())
  return opened
}

afterEach(() => {
  vi.useRealTimers()
  vi.unstubAllEnvs()
})

describe('the queue’s warm-up column', () => {
  it('shows today’s allowance and when it grows', async () => {
    const { stop } = await openQueue('en')
    expect(screen.getByRole('columnheader', { name: 'Warm-up today' })).toBeTruthy()
    expect(screen.getByTestId('queue-warmup-2').textContent).toBe(
      '120 of 180; 240 from 00:00 tomorrow',
    )
    expect(screen.getByTestId('queue-warmup-3').textContent).toBe('0 of 180')
    expect(screen.getByTestId('queue-warmup-1').textContent).toBe('—')
    stop()
  })

  it('in Russian', async () => {
    const { stop } = await openQueue('ru')
    expect(screen.getByTestId('queue-warmup-2').textContent).toBe(
      '120 из 180; завтра с 00:00 — 240',
    )
    stop()
  })
})
