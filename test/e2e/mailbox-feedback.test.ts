/**
 * What comes back, in Chromium through the browser host, once in each language: a campaign
 * through the built-in test inbox to addresses that bounce, bounce softly, reply and answer from
 * away shows its figures, the messages by kind, a reply in the viewer, the bounced recipient in
 * the filtered table and on the do-not-send list with the bounce as its evidence.
 */
import { describe, expect, it } from 'vitest'
import type { Locator } from 'playwright-core'
import { en as campaignsEn, ru as campaignsRu } from '@renderer/features/campaigns/text'
import { en as mailboxEn, ru as mailboxRu } from '@renderer/features/mailbox/text'
import { en as queueEn, ru as queueRu } from '@renderer/features/queue/text'
import { en as suppressionsEn, ru as suppressionsRu } from '@renderer/features/suppressions/text'
import { eventually, useAppSession } from './support/session'

const app = useAppSession({ viewport: { width: 1280, height: 900 } })

const LANGUAGES = [
  {
    language: 'English',
    code: 'en',
    campaigns: campaignsEn,
    mailbox: mailboxEn,
    queue: queueEn,
    suppressions: suppressionsEn,
  },
  {
    language: 'Русский',
    code: 'ru',
    campaigns: campaignsRu,
    mailbox: mailboxRu,
    queue: queueRu,
    suppressions: suppressionsRu,
  },
] as const

const BOUNCE = 'bounce-anna@example.com'
const SOFT_BOUNCE = 'softbounce-boris@example.com'
const REPLY = 'reply-vera@example.com'
const AUTO_REPLY = 'autoreply-gleb@example.com'
const ADDRESSES = [BOUNCE, SOFT_BOUNCE, REPLY, AUTO_REPLY, 'dina@example.com']
const SUBJECT = 'Spring news'

/** "20.0% of sent" / "20,0 % от отправленных": a share of the emails sent, as the window words it. */
function ofSent(rate: string, count: number, language: string): string {
  const share = new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(count / ADDRESSES.length)
  return rate.replace('{{rate}}', share)
}

/** Each listed message as "recipient: kind badge", sorted. */
async function listed(list: Locator): Promise<string[]> {
  const rows = await list.getByTestId('feedback-message-row').all()
  const shown = await Promise.all(
    rows.map(async (row) => {
      const email = await row.getByTestId('feedback-recipient').textContent()
      return `${email}: ${await row.getByTestId('feedback-kind').textContent()}`
    }),
  )
  return shown.sort()
}

describe.each(LANGUAGES)('what comes back from the test inbox in $language', (words) => {
  it('shows the bounces, the reply and the out-of-office answer, and lists the bounced address', async () => {
    const { page } = app
    const feedback = words.campaigns.feedback
    await page.goto(app.host.url)
    await page.getByText(words.language, { exact: true }).click()

    // The first campaign goes through the built-in test inbox; recipients pasted.
    await page.getByTestId('nav-campaigns').click()
    await page.getByTestId('campaign-first').click()
    await page.getByTestId('new-html').click()
    await page.getByText(words.campaigns.import.paste, { exact: true }).click()
    await page.getByTestId('recipients-paste').fill(ADDRESSES.join('\n'))
    await page.getByText(words.campaigns.import.check, { exact: true }).click()
    await page.getByTestId('import-use').click()
    await page.getByTestId('recipients-next').click()
    await page.getByTestId('campaign-subject').fill(SUBJECT)
    await page.locator('[data-testid=html-editor] .cm-content').click()
    await page.keyboard.press('ControlOrMeta+a')
    await page.keyboard.insertText('<p>Hello {{email}}, spring is here.</p>')
    await page.getByTestId('step-sending').click()
    await page.getByTestId('setting-delay').fill('1')

    // Started through the test inbox, with the sender check shown beside (it never blocks).
    await page.getByTestId('start').click()
    await eventually(() => page.getByTestId('start-account').textContent()).toBe(
      words.campaigns.start.viaTestInbox,
    )
    await eventually(() => page.getByTestId('sender-check').isVisible()).toBe(true)
    await page.getByTestId('start-confirm-button').click()
    await eventually(() => page.getByTestId('campaign-status').first().textContent(), 30_000).toBe(
      words.campaigns.status.completed,
    )
    expect(await page.getByTestId('count-sent').textContent()).toBe(String(ADDRESSES.length))

    // The figures, each with its share of the sent, as the reader reads the test mailbox.
    const figures = page.getByTestId('feedback-figures')
    const count = (figure: string) => figures.getByTestId(`feedback-${figure}-count`).textContent()
    for (const figure of ['bounced', 'softBounced', 'replied', 'autoReplied'] as const) {
      await eventually(() => count(figure)).toBe('1')
      expect(await figures.getByTestId(`feedback-${figure}-rate`).textContent()).toBe(
        ofSent(feedback.rate, 1, words.code),
      )
    }
    expect(await count('unsubscribed')).toBe('0')

    // The replies and bounces, each with its kind in words.
    const messages = page.getByTestId('feedback-messages')
    await eventually(() => listed(messages)).toEqual(
      [
        `${BOUNCE}: ${words.mailbox.severity.hard}`,
        `${SOFT_BOUNCE}: ${words.mailbox.severity.soft}`,
        `${REPLY}: ${words.mailbox.kinds.reply}`,
        `${AUTO_REPLY}: ${words.mailbox.kinds.autoReply}`,
      ].sort(),
    )

    // The replies alone: vera's, opened in the viewer.
    await messages.getByTestId('feedback-tab-reply').click()
    await eventually(() => listed(messages)).toEqual([`${REPLY}: ${words.mailbox.kinds.reply}`])
    await messages.getByTestId('feedback-open').click()
    const viewer = page.getByTestId('feedback-message')
    await eventually(() => viewer.getByTestId('feedback-kind').textContent()).toBe(
      words.mailbox.kinds.reply,
    )
    expect(await viewer.textContent()).toContain(REPLY)
    expect(await viewer.getByTestId('feedback-message-text').textContent()).toContain(
      `> Hello ${REPLY}, spring is here.`,
    )
    // The test inbox's reply is plain text, so it is shown as text and no frame is made for it
    // (the frame's sandbox is checked with an HTML message in monitor/Feedback.test.tsx).
    expect(await viewer.locator('iframe').count()).toBe(0)
    await page.keyboard.press('Escape')
    await eventually(() => viewer.count()).toBe(0)

    // The recipients table filtered to the bounced: anna alone, her send still sent.
    await page.getByTestId('recipient-feedback-filter').click()
    await page
      .getByRole('option', {
        name: words.campaigns.recipientStates.feedbackFilter.bounced,
        exact: true,
      })
      .click()
    const rows = page.getByTestId('recipient-state-row')
    await eventually(() => rows.allTextContents()).toHaveLength(1)
    expect(await rows.first().textContent()).toContain(BOUNCE)
    expect(await rows.first().getByTestId('recipient-state-badge').textContent()).toBe(
      `${words.queue.states.sent} · ${words.campaigns.recipientStates.feedbackFilter.bounced}`,
    )

    // The do-not-send list: anna, put there by the bounce, which opens in the viewer.
    await page.getByTestId('nav-suppressions').click()
    const entries = page.getByTestId('suppression-row')
    await eventually(() => entries.evaluateAll((r) => r.map((e) => e.dataset.email))).toEqual([
      BOUNCE,
    ])
    expect(await entries.first().getByTestId('suppression-source').textContent()).toBe(
      words.suppressions.sources.bounce,
    )
    const viewMessage = entries.first().getByTestId('suppression-view-message')
    expect(await viewMessage.textContent()).toBe(words.suppressions.viewMessage)
    await viewMessage.click()
    await eventually(() => viewer.getByTestId('feedback-kind').textContent()).toBe(
      words.mailbox.severity.hard,
    )
    expect(await viewer.textContent()).toContain(BOUNCE)
    expect(app.problems).toEqual([])
  })
})
