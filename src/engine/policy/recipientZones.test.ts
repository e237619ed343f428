/**
 * Sending hours in each recipient's own zone, end to end (real SQLite file, real SMTP server on
 * 127.0.0.1, fake clock): a row goes out only inside its zone's hours; a row without a zone
 * (none given, or one not understood) uses the campaign's. Rows of a closed zone wait for its
 * opening without using an attempt.
 */
import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  clockedEngine,
  idleFor,
  quiet,
  sendTimes,
  type ClockedEngine,
} from '@test/support/clockedEngine'
import { fast, waitForStatus, type Harness } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'

vi.setConfig({ testTimeout: 30_000 })
const tempDir = useTempDir()
const engines: ClockedEngine[] = []
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close()
})

const at = (iso: string) => Date.parse(iso)

/** Two recipients per zone; `null` gives no zone, `Mars/Olympus` one not understood. */
const ZONES = ['Asia/Tokyo', 'Europe/Moscow', 'America/New_York', null, 'Mars/Olympus']
const list = ZONES.flatMap((tz, z) =>
  [0, 1].map((i) => ({
    email: `z${z}r${i}@example.test`,
    data: { name: `R${i}`, ...(tz !== null && { tz }) },
  })),
)

/** In January: Tokyo is UTC+9, Moscow UTC+3, New York UTC−5; the campaign's zone is UTC. */
const OPENS = {
  'Asia/Tokyo': '2030-01-02T00:00:00Z', // 09:00 Wednesday in Tokyo
  'Europe/Moscow': '2030-01-02T06:00:00Z',
  campaign: '2030-01-02T09:00:00Z',
  'America/New_York': '2030-01-02T14:00:00Z',
}

const progress = (h: Harness, id: number) =>
  h.call<{ waitingUntil: number | null; sent: number }>('campaigns.progress', { campaignId: id })

const nextAttempts = (h: Harness, id: number) =>
  h.db
    .prepare(
      `SELECT r.zone, d.next_attempt_at AS at, d.attempts FROM deliveries d
       JOIN recipients r ON r.id = d.recipient_id WHERE d.campaign_id = ? ORDER BY d.id`,
    )
    .all(id) as { zone: string | null; at: number; attempts: number }[]

function jumpTo(e: ClockedEngine, iso: string) {
  e.clock.jump(at(iso) - e.clock.now())
}

describe('recipient zones', () => {
  it('each row goes out in its own zone’s hours; rows without a zone use the campaign’s', async () => {
    // Tuesday 2030-01-01 22:00 UTC: every zone is outside 09:00–10:00 on weekdays.
    const e = await clockedEngine(tempDir(), at('2030-01-01T22:00:00Z'))
    engines.push(e)
    const campaign = await e.h.call<{ id: number; recipientZones: unknown }>('campaigns.create', {
      name: 'Local time',
      accountId: e.accountId,
      subject: 'Hello {{name}}',
      html: '<p>Hi {{name}}</p>',
      settings: fast,
      recipients: list,
      policy: {
        sendingHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '10:00', zone: 'UTC' },
        recipientZones: true,
      },
    })
    expect(campaign.recipientZones).toEqual({ column: 'tz', known: 6 })
    const id = campaign.id
    await e.h.call('campaigns.start', { id })
    await quiet(e.h)

    // One claim met each closed zone once and put all its rows off to that zone's opening.
    const opening = (zone: string | null) =>
      at(
        zone === 'Asia/Tokyo' || zone === 'Europe/Moscow' || zone === 'America/New_York'
          ? OPENS[zone]
          : OPENS.campaign,
      )
    expect(nextAttempts(e.h, id)).toEqual(
      ZONES.flatMap((tz) => {
        const zone = tz === 'Mars/Olympus' ? null : tz
        return [0, 1].map(() => ({ zone, at: opening(zone), attempts: 0 }))
      }),
    )
    expect(await idleFor(e.h)).toBeLessThan(3)
    expect((await progress(e.h, id)).waitingUntil).toBe(at(OPENS['Asia/Tokyo']))

    await e.restart() // changes nothing: the waits are stored rows

    const expectSent = async (emails: string[]) =>
      expect
        .poll(
          () =>
            sendTimes(e.h, id)
              .filter((r) => r.state === 'sent')
              .map((r) => r.email),
          { interval: 5 },
        )
        .toEqual(emails)

    jumpTo(e, OPENS['Asia/Tokyo'])
    await expectSent(['z0r0@example.test', 'z0r1@example.test'])
    await quiet(e.h)
    expect((await progress(e.h, id)).waitingUntil).toBe(at(OPENS['Europe/Moscow']))

    jumpTo(e, OPENS['Europe/Moscow'])
    await expectSent(['z0r0', 'z0r1', 'z1r0', 'z1r1'].map((a) => `${a}@example.test`))

    jumpTo(e, OPENS.campaign)
    await expectSent(
      ['z0r0', 'z0r1', 'z1r0', 'z1r1', 'z3r0', 'z3r1', 'z4r0', 'z4r1'].map(
        (a) => `${a}@example.test`,
      ),
    )
    // New York opens at 14:00 UTC, four hours after the campaign's own hours closed.
    jumpTo(e, '2030-01-02T13:59:00Z')
    await quiet(e.h)
    expect(e.sink.received).toHaveLength(8)

    jumpTo(e, OPENS['America/New_York'])
    await waitForStatus(e.h, id, 'completed')
    expect(sendTimes(e.h, id).map((r) => [r.email, r.attempts, r.sent_at])).toEqual(
      list.map((r, i) => {
        const tz = ZONES[Math.floor(i / 2)]!
        return [r.email, 1, opening(tz === 'Mars/Olympus' ? null : tz)]
      }),
    )
    for (const r of list) expect(e.sink.countTo(r.email)).toBe(1)
  })
})
