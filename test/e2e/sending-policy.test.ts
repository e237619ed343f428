/**
 * Sending policies as a marketer uses them, in Chromium through the browser host, once in each
 * language: two SMTP accounts (two local servers), a campaign through both with sending hours
 * in another time zone, scheduled in that zone; it waits scheduled, starts by itself, waits
 * for its hours (nothing goes out), then sends every recipient exactly once, through both
 * accounts, and completes. The host runs on the real clock: the start is the next whole minute
 * and the hours open the minute after, so each run waits between one and two minutes.
 */
import { DateTime } from 'luxon'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { localTimeZone } from '@shared/sending/timeZone'
import { en as campaignsEn, ru as campaignsRu } from '@renderer/features/campaigns/text'
import { en as accountsEn, ru as accountsRu } from '@renderer/features/accounts/text'
import { en as policyEn, ru as policyRu } from '@renderer/features/policy/text'
import { startSmtpSink } from '../support/smtpSink'
import { planOpening, zoneAwayFrom } from './support/openingPlan'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 860 } })
type Sink = Awaited<ReturnType<typeof startSmtpSink>>
let shopSink: Sink
let clubSink: Sink

beforeEach(async () => {
  shopSink = await startSmtpSink()
  clubSink = await startSmtpSink()
})
afterEach(async () => {
  // The engine keeps its SMTP connections open; stop it first, or the servers wait for them.
  await app.host.stop()
  await Promise.all([shopSink.close(), clubSink.close()])
})

const LANGUAGES = [
  { language: 'English', campaigns: campaignsEn, accounts: accountsEn, policy: policyEn },
  { language: 'Русский', campaigns: campaignsRu, accounts: accountsRu, policy: policyRu },
] as const
type Words = (typeof LANGUAGES)[number]

const ADDRESSES = Array.from({ length: 12 }, (_, i) => `reader${i + 1}@example.com`)
const ACCOUNTS = [
  { name: 'Shop', fromEmail: 'news@shop.example.com', sink: () => shopSink },
  { name: 'Club', fromEmail: 'club@shop.example.com', sink: () => clubSink },
] as const

/** Time to set the hours and fill the schedule dialog before the start it names. */
const LEAD_MS = 12_000

/** Text matched as it is in a pattern. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
/** A text of the window's: its `{{placeholders}}` filled in. */
const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? `{{${key}}}`)
/** A template as a pattern, some placeholders known, the rest any text. */
const pattern = (template: string, values: Record<string, string>) =>
  new RegExp(
    `^${template
      .split(/(\{\{\w+\}\})/)
      .map((part) => {
        const key = /^\{\{(\w+)\}\}$/.exec(part)?.[1]
        if (!key) return literal(part)
        return values[key] === undefined ? '.+' : literal(values[key])
      })
      .join('')}$`,
  )

async function addAccount(page: Page, words: Words, account: (typeof ACCOUNTS)[number]) {
  await page.getByTestId('account-add').click()
  await page.getByTestId('account-name').fill(account.name)
  await page.getByText(words.accounts.security.none, { exact: true }).click()
  await page.getByTestId('account-host').fill('127.0.0.1')
  await page.getByTestId('account-port').fill(String(account.sink().port))
  await page.getByTestId('account-from-email').fill(account.fromEmail)
  await page.getByTestId('account-test').click()
  await eventually(() => page.getByTestId('account-test-result').getAttribute('data-ok')).toBe(
    'true',
  )
  await page.getByTestId('account-save').click()
  await eventually(() => page.getByTestId('account-form').count()).toBe(0)
}

/** Picks a zone in a time-zone picker by typing part of its name. */
async function chooseZone(page: Page, testId: string, search: string, zone: string) {
  await page.getByTestId(testId).fill(search)
  await page
    .getByRole('option', { name: new RegExp(`^${literal(zone.replace(/_/g, ' '))} \\(UTC`) })
    .click()
}

/** "today" or "tomorrow" in the campaign page's words: the day of `at` in its zone, from now. */
function dayWord(at: DateTime, words: Words): string {
  const today = DateTime.fromMillis(Date.now(), { zone: at.zone }).startOf('day')
  const when = words.policy.when
  return at.startOf('day').equals(today) ? when.today : when.tomorrow
}

describe.each(LANGUAGES)('sending hours in another time zone in $language', (words) => {
  it('schedules a campaign through two accounts, waits for its hours, then sends', async () => {
    const { page } = app
    const status = () => page.getByTestId('campaign-status').first().textContent()
    const received = () => [...shopSink.received, ...clubSink.received]
    const local = localTimeZone()
    const { zone, search } = zoneAwayFrom(local, Date.now())
    /** How the window writes the zone: its name with spaces (America/New York). */
    const shownZone = zone.replace(/_/g, ' ')
    await page.goto(app.host.url)
    await page.getByText(words.language, { exact: true }).click()

    // Two accounts, each on a server of its own.
    await page.getByTestId('nav-accounts').click()
    for (const account of ACCOUNTS) await addAccount(page, words, account)

    // A campaign on the first account; recipients pasted, a short letter.
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaign-first').click()
    await page.getByTestId('new-html').click()
    await page.getByText(words.campaigns.import.paste, { exact: true }).click()
    await page.getByTestId('recipients-paste').fill(ADDRESSES.join('\n'))
    await page.getByText(words.campaigns.import.check, { exact: true }).click()
    await page.getByTestId('import-use').click()
    await page.getByTestId('recipients-next').click()
    await page.getByTestId('campaign-subject').fill('Opening hours for {{email}}')
    await page.locator('[data-testid=html-editor] .cm-content').click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.insertText('<p>Hello {{email}}, we are open.</p>')

    // Sending: the second account joins; a short pause so both take rows.
    await page.getByTestId('step-sending').click()
    await page.getByTestId('campaign-add-account').click()
    await page.getByRole('option', { name: 'Club', exact: true }).click()
    await eventually(() =>
      page.locator('[data-testid^=campaign-account-]').allTextContents(),
    ).toEqual([expect.stringContaining('Shop'), expect.stringContaining('Club')])
    expect(await page.getByTestId('accounts-note').textContent()).toBe(
      words.campaigns.sending.accountsMany,
    )
    await page.getByTestId('setting-delay').fill('1')

    // Sending hours in the other zone: they open the minute after the scheduled start.
    const plan = planOpening(Date.now(), zone, LEAD_MS)
    await page.getByRole('switch', { name: words.policy.hours.enable }).check()
    await chooseZone(page, 'hours-zone', search, zone)
    await page.getByTestId('hours-from').fill(plan.hours.from)
    await page.getByTestId('hours-to').fill(plan.hours.to)
    for (let day = 1; day <= 7; day++) {
      // A chip's box is hidden; its label is what one clicks.
      const chip = page.getByTestId(`hours-day-${day}`)
      const label = page.locator(`label[for="${await chip.getAttribute('id')}"]`)
      if ((await chip.isChecked()) !== (day === plan.hours.day)) await label.click()
    }
    await eventually(() => page.getByTestId('hours-summary').textContent()).toMatch(
      pattern(words.policy.hours.summary, {
        from: plan.hours.from,
        to: plan.hours.to,
        zone: shownZone,
      }),
    )

    // Scheduled for the start, in that zone.
    await page.getByTestId('schedule').click()
    await page.getByTestId('schedule-form').waitFor()
    const start = plan.start.toFormat('HH:mm')
    await page.getByTestId('schedule-date').fill(plan.start.toFormat('yyyy-MM-dd'))
    await page.getByTestId('schedule-time').fill(start)
    await chooseZone(page, 'schedule-zone', search, zone)
    expect(Date.now(), 'the machine was too slow for the lead').toBeLessThan(plan.start.toMillis())
    await page.getByTestId('schedule-confirm').click()
    await eventually(() => status()).toBe(words.campaigns.status.scheduled)
    expect(Date.now()).toBeLessThan(plan.start.toMillis())
    expect(await page.getByTestId('starts-at').textContent()).toMatch(
      pattern(words.campaigns.schedule.startsAt, { zone: shownZone }),
    )
    expect(await page.getByTestId('starts-at').textContent()).toContain(start)
    const summary = await page.getByTestId('scheduled-summary').textContent()
    expect(summary).toContain(fill(words.campaigns.schedule.through, { accounts: 'Shop, Club' }))
    expect(summary).toContain(`${plan.hours.from}–${plan.hours.to}`)

    // It starts by itself and waits for its hours: nothing goes out.
    const startWait = plan.start.toMillis() - Date.now() + 15_000
    await eventually(() => status(), startWait).toBe(words.campaigns.status.sending)
    const waiting = fill(words.campaigns.monitor.waitingZones, {
      day: dayWord(plan.opens, words),
      time: plan.hours.from,
      zone: shownZone,
      localDay: dayWord(plan.opens.setZone(local), words),
      localTime: plan.opens.setZone(local).toFormat('HH:mm'),
    })
    await eventually(() => page.getByTestId('waiting-notice').textContent()).toBe(waiting)
    expect(Date.now()).toBeLessThan(plan.opens.toMillis())
    expect(received()).toEqual([])
    expect(await page.getByTestId('count-sent').textContent()).toBe('0')

    // The hours open: every recipient once, through both accounts, and the campaign completes.
    const sendWait = plan.opens.toMillis() - Date.now() + 40_000
    await eventually(() => status(), sendWait).toBe(words.campaigns.status.completed)
    expect(received().length).toBe(ADDRESSES.length)
    expect(
      received()
        .map((m) => m.to)
        .sort(),
    ).toEqual([...ADDRESSES].sort())
    expect(await page.getByTestId('count-sent').textContent()).toBe(String(ADDRESSES.length))
    expect(await page.getByTestId('waiting-notice').count()).toBe(0)
    await eventually(() => page.getByTestId('account-shares').locator('tbody tr').count()).toBe(2)
    for (const account of ACCOUNTS) {
      const got = account.sink().received
      expect(got.length, `${account.name} sent none`).toBeGreaterThan(0)
      for (const message of got)
        expect(message.raw).toMatch(new RegExp(`^From: .*${literal(account.fromEmail)}`, 'im'))
      const name = page.getByRole('cell', { name: account.name, exact: true })
      const row = page.getByTestId('account-shares').locator('tbody tr').filter({ has: name })
      await eventually(() => row.locator('td').nth(1).textContent()).toBe(String(got.length))
    }
    expect(app.problems).toEqual([])
  }, 240_000)
})
