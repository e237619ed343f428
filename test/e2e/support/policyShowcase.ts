/**
 * Sending policies for screenshots, made through the host API on top of the showcase: a second
 * account, a campaign scheduled for tomorrow morning in Tokyo through both accounts, and one
 * that has started but waits for its sending hours in New York.
 */
import { DateTime } from 'luxon'
import type { SendingHours } from '@shared/contract'
import { campaignReaches, type hostApi } from './api'

type Call = ReturnType<typeof hostApi>

export interface PolicyShowcase {
  scheduled: number
  waiting: number
}

const LETTER = `<h1>Hello, {{name}}!</h1>
<p>Our shop in your city opens its doors this week. Come and see us.</p>
<p style="font-size:12px;color:#888"><a href="{{unsubscribeUrl}}">Unsubscribe</a></p>
`
const NAMES = ['Aiko', 'Ben', 'Chloe', 'Daichi', 'Emma', 'Fyodor', 'Grace', 'Hana']

/** Hours that are closed now and open in one to two hours, every day, in that zone. */
function hoursOpeningSoon(zone: string, now: number): SendingHours {
  const opens = DateTime.fromMillis(now, { zone }).plus({ hours: 2 }).startOf('hour')
  return {
    days: [1, 2, 3, 4, 5, 6, 7],
    from: opens.toFormat('HH:mm'),
    to: opens.plus({ hours: 8 }).toFormat('HH:mm'),
    zone,
  }
}

export async function seedPolicyShowcase(call: Call, smtpPort: number): Promise<PolicyShowcase> {
  const accounts = await call('accounts.list')
  const shop = accounts.find((a) => !a.builtin)!
  const backup = await call('accounts.create', {
    name: 'Shop, second server',
    host: '127.0.0.1',
    port: smtpPort,
    security: 'none',
    fromName: 'Example Shop',
    fromEmail: 'hello@shop.example.com',
    defaults: { delayMs: 2000, concurrency: 2 },
  })
  const recipients = Array.from({ length: 40 }, (_, i) => ({
    email: `guest${i + 1}@example.com`,
    data: { name: NAMES[i % NAMES.length]! },
  }))
  const campaign = (name: string, policy: { sendingHours: SendingHours }) =>
    call('campaigns.create', {
      name,
      accountId: shop.id,
      accountIds: [shop.id, backup.id],
      policy,
      subject: 'We are opening near you, {{name}}',
      html: LETTER,
      recipients,
      unsubscribe: { mailto: null, url: 'https://shop.example.com/unsubscribe?e={{email}}' },
      settings: {
        delayMs: 2000,
        concurrency: 2,
        maxAttempts: 3,
        backoffMs: 60_000,
        timeoutMs: 120_000,
      },
    })

  const tokyo = 'Asia/Tokyo'
  const scheduled = await campaign('Tokyo opening', {
    sendingHours: { days: [1, 2, 3, 4, 5], from: '09:00', to: '18:00', zone: tokyo },
  })
  const tomorrow = DateTime.now().setZone(tokyo).plus({ days: 1 }).set({ hour: 9, minute: 0 })
  await call('campaigns.schedule', {
    id: scheduled.id,
    schedule: { at: tomorrow.startOf('minute').toMillis(), zone: tokyo, missedStart: 'ask' },
  })

  const waiting = await campaign('New York opening', {
    sendingHours: hoursOpeningSoon('America/New_York', Date.now()),
  })
  await call('campaigns.start', { id: waiting.id })
  await campaignReaches(call, waiting.id, ['sending'])
  return { scheduled: scheduled.id, waiting: waiting.id }
}
