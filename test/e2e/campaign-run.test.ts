/**
 * The marketer's day, in Chromium through the browser host, once in each language: add an SMTP
 * account (a local server that refuses one address), import recipients, write, preview, test
 * send, start, watch the progress, pause, resume, retry the refused send once the server takes
 * it, and finish.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { en as campaignsEn, ru as campaignsRu } from '@renderer/features/campaigns/text'
import { en as accountsEn, ru as accountsRu } from '@renderer/features/accounts/text'
import { reply, startSmtpSink } from '../support/smtpSink'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 860 } })
let sink: Awaited<ReturnType<typeof startSmtpSink>>
let refuseVera = true

beforeEach(async () => {
  refuseVera = true
  sink = await startSmtpSink({
    rcpt: (to) =>
      refuseVera && to === 'vera@example.com' ? reply(550, '5.7.1 Not from you') : null,
  })
})
afterEach(async () => {
  // The engine keeps its SMTP connections open; stop it first, or the server waits for them.
  await app.host.stop()
  await sink.close()
})

const LANGUAGES = [
  { language: 'English', campaigns: campaignsEn, accounts: accountsEn },
  { language: 'Русский', campaigns: campaignsRu, accounts: accountsRu },
] as const

const ADDRESSES = ['anna', 'boris', 'vera', 'gleb', 'dina', 'egor', 'zoya', 'ilya'].map(
  (n) => `${n}@example.com`,
)

describe.each(LANGUAGES)('a campaign from start to finish in $language', (words) => {
  it('adds an account, sends, pauses, resumes, retries the refused send and completes', async () => {
    const { page } = app
    const status = () => page.getByTestId('campaign-status').first().textContent()
    await page.goto(app.host.url)
    await page.getByText(words.language, { exact: true }).click()

    // An SMTP account, checked before it is saved.
    await page.getByTestId('nav-accounts').click()
    await page.getByTestId('account-add').click()
    await page.getByTestId('account-name').fill('Shop')
    await page.getByText(words.accounts.security.none, { exact: true }).click()
    await page.getByTestId('account-host').fill('127.0.0.1')
    await page.getByTestId('account-port').fill(String(sink.port))
    await page.getByTestId('account-from-email').fill('news@shop.example.com')
    await page.getByTestId('account-test').click()
    await eventually(() => page.getByTestId('account-test-result').getAttribute('data-ok')).toBe(
      'true',
    )
    await page.getByTestId('account-save').click()
    await eventually(() => page.getByTestId('account-form').count()).toBe(0)

    // A campaign: it starts on the new account; recipients pasted.
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaign-first').click()
    // The letter is written as HTML here; the visual starters have their own test.
    await page.getByTestId('new-html').click()
    await page.getByText(words.campaigns.import.paste, { exact: true }).click()
    await page.getByTestId('recipients-paste').fill(ADDRESSES.join('\n'))
    await page.getByText(words.campaigns.import.check, { exact: true }).click()
    await page.getByTestId('import-use').click()
    await page.getByTestId('recipients-next').click()
    await page.getByTestId('campaign-subject').fill('Spring news for {{email}}')
    await page.locator('[data-testid=html-editor] .cm-content').click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.insertText('<p>Hello {{email}}, spring is here.</p>')
    await page.getByTestId('step-sending').click()
    await page.getByTestId('setting-delay').fill('1')
    await page.getByTestId('step-preview').click()
    await eventually(() => page.getByTestId('preview-subject').textContent()).toBe(
      'Spring news for anna@example.com',
    )
    await page.getByTestId('test-send-to').fill('me@example.com')
    await page.getByTestId('test-send').click()
    await eventually(() => page.getByTestId('test-send-result').textContent()).toContain('250')

    // Start, watch, pause, resume.
    await page.getByTestId('start').click()
    // The dialog says where the mail goes: through the account added above.
    await eventually(() => page.getByTestId('start-account').textContent()).toBe(
      words.campaigns.start.viaAccount.replace('{{name}}', 'Shop'),
    )
    await page.getByTestId('start-confirm-button').click()
    await eventually(() => status()).toBe(words.campaigns.status.sending)
    await eventually(async () =>
      Number(await page.getByTestId('count-sent').textContent()),
    ).toBeGreaterThanOrEqual(2)
    await page.getByTestId('pause').click()
    await eventually(() => status()).toBe(words.campaigns.status.paused)
    const sentWhilePaused = await page.getByTestId('count-sent').textContent()
    await page.getByTestId('resume').click()
    await eventually(() => status(), 30_000).toBe(words.campaigns.status.completed)
    expect(Number(sentWhilePaused)).toBeLessThan(ADDRESSES.length - 1)
    expect(await page.getByTestId('count-sent').textContent()).toBe(String(ADDRESSES.length - 1))
    expect(await page.getByTestId('count-failed').textContent()).toBe('1')

    // The refused send, explained, retried once the server accepts it.
    const failed = page.getByTestId('failed-row')
    expect(await failed.textContent()).toContain('vera@example.com')
    expect(await failed.textContent()).toContain(words.campaigns.reply.policy)
    refuseVera = false
    await failed.getByTestId('retry').click()
    await eventually(() => page.getByTestId('count-sent').textContent(), 30_000).toBe(
      String(ADDRESSES.length),
    )
    await eventually(() => status()).toBe(words.campaigns.status.completed)
    expect(
      sink.received
        .filter((m) => m.to !== 'me@example.com')
        .map((m) => m.to)
        .sort(),
    ).toEqual([...ADDRESSES].sort())
    expect(app.problems).toEqual([])
  })
})
