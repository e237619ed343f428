/**
 * The sender check in the start dialog: a spinner while it looks, each warning with what it
 * means and what to do, what could not be looked at and why, what is in order; in English and
 * Russian; and the start never waits for it.
 */
import { MantineProvider } from '@mantine/core'
import { act, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { ReactNode } from 'react'
import { beforeEach, describe, expect, it } from 'vitest'
import {
  SenderCheckCode,
  type Preflight,
  type SenderCheck,
  type SenderFinding,
} from '@shared/contract'
import { setOutboxClient } from '@renderer/client'
import { initI18n } from '@renderer/i18n'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import { initialState, useStore } from '@renderer/store/store'
import { sampleAccount } from '@renderer/test/accounts'
import { sampleDraft } from '@renderer/test/campaigns'
import { fakeOutbox } from '@renderer/test/fakeOutbox'
import { ok } from '@renderer/test/openScreen'
import { StartButton } from '../editor/StartButton'
import { SenderCheckBlock } from './SenderCheckBlock'
import type { SenderCheckState } from './useSenderCheck'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)

const findings: SenderFinding[] = [
  {
    code: 'spf.notAllowed',
    severity: 'warning',
    params: {
      account: 'Shop',
      domain: 'shop.example',
      host: 'smtp.relay.example',
      addresses: '198.51.100.7',
      result: 'fail',
    },
  },
  {
    code: 'dmarc.unknown',
    severity: 'unknown',
    params: { account: 'Shop', domain: 'shop.example', reason: 'unreachable', detail: '' },
  },
  { code: 'unsubscribe.mailtoOnly', severity: 'warning', params: { mailto: 'leave@shop.example' } },
  {
    code: 'dkim.match',
    severity: 'ok',
    params: { account: 'Shop', domain: 'shop.example', selector: 's1' },
  },
  { code: 'size.ok', severity: 'ok', params: { kb: 3 } },
]
const done: SenderCheckState = { status: 'done', check: { findings, checkedAt: 1 } }

async function show(state: SenderCheckState, language: 'en' | 'ru') {
  const i18n = await initI18n(language)
  await i18n.changeLanguage(language)
  render(<SenderCheckBlock state={state} />, { wrapper })
  return screen.getByTestId('sender-check')
}

beforeEach(() => useStore.setState(initialState()))

describe('the sender check block', () => {
  it('explains each warning and what to do, in English', async () => {
    const block = await show(done, 'en')
    const spf = within(block).getByTestId('sender-finding-spf.notAllowed')
    expect(spf.textContent).toContain(
      'SPF of shop.example does not allow the server smtp.relay.example',
    )
    expect(spf.textContent).toContain('The addresses of smtp.relay.example (198.51.100.7) are not')
    expect(spf.textContent).toContain('What to do: Add your mail provider’s SPF entry')
    const dmarc = within(block).getByTestId('sender-finding-dmarc.unknown')
    expect(dmarc.textContent).toContain(
      'DMARC of shop.example could not be checked: no DNS server answered. Is the computer offline?',
    )
    expect(dmarc.textContent).toContain('Starting anyway is fine')
    const mailto = within(block).getByTestId('sender-finding-unsubscribe.mailtoOnly')
    expect(mailto.textContent).toContain('The address leave@shop.example works too')
    expect(mailto.textContent).toContain('no web address of its own')
    const passed = within(block).getByTestId('sender-check-passed')
    expect(passed.textContent).toContain('the key published at s1._domainkey.shop.example matches')
    expect(passed.textContent).toContain('The HTML is 3 KB, under Gmail’s 102 KB')
    expect(block.textContent).toContain('None of it stops the start.')
    // One account: no account names before the titles.
    expect(spf.textContent).not.toContain('Shop: ')
  })

  it('says the same in Russian', async () => {
    const block = await show(done, 'ru')
    const spf = within(block).getByTestId('sender-finding-spf.notAllowed')
    expect(spf.textContent).toContain(
      'SPF домена shop.example не разрешает сервер smtp.relay.example',
    )
    expect(spf.textContent).toContain('Что сделать: Добавьте запись SPF')
    expect(within(block).getByTestId('sender-finding-dmarc.unknown').textContent).toContain(
      'Не удалось проверить DMARC домена shop.example: не ответил ни один DNS-сервер.',
    )
    expect(
      within(block).getByTestId('sender-finding-unsubscribe.mailtoOnly').textContent,
    ).toContain('Адрес leave@shop.example тоже работает')
    expect(within(block).getByTestId('sender-check-passed').textContent).toContain(
      'HTML занимает 3 КБ',
    )
    expect(block.textContent).toContain('Проверка отправителя')
  })

  it('shows a spinner while it looks, names the account when there are several', async () => {
    expect((await show({ status: 'checking' }, 'en')).textContent).toContain(
      'Checking the sender’s DNS records and the message…',
    )
    const two: SenderFinding[] = [
      findings[0]!,
      { ...findings[0]!, params: { ...findings[0]!.params, account: 'Backup' } },
    ]
    render(
      <SenderCheckBlock state={{ status: 'done', check: { findings: two, checkedAt: 1 } }} />,
      {
        wrapper,
      },
    )
    const titles = screen.getAllByTestId('sender-finding-spf.notAllowed').map((e) => e.textContent)
    expect(titles[0]).toContain('Shop: SPF of shop.example')
    expect(titles[1]).toContain('Backup: SPF of shop.example')
  })

  it('has a title for every code in both languages, and what to do for every warning', async () => {
    for (const language of ['en', 'ru'] as const) {
      const i18n = await initI18n(language)
      await i18n.changeLanguage(language)
      for (const code of SenderCheckCode.options) {
        expect(i18n.exists(`campaigns.senderCheck.codes.${code}.title`), code).toBe(true)
        const hasTodo = i18n.exists(`campaigns.senderCheck.codes.${code}.todo`)
        const isAdvice = !/\.(ok|pass|match|aligned|oneClick|unknown|notApplicable)$/.test(code)
        expect(hasTodo, `${code} says what to do`).toBe(isAdvice)
      }
    }
  })
})

describe('in the start dialog', () => {
  it('runs beside the pre-flight, and Start does not wait for it', async () => {
    const i18n = await initI18n('en')
    await i18n.changeLanguage('en')
    let answer: (check: SenderCheck) => void = () => {}
    const outbox = fakeOutbox({
      'campaigns.preflight': ok({ ok: true, recipients: 2, errors: [], warnings: [] } as Preflight),
      'campaigns.senderCheck': () =>
        new Promise(
          (resolve) => (answer = (check) => resolve({ ok: true, value: check })),
        ) as never,
      'campaigns.start': ok(sampleDraft({ status: 'sending' })),
    })
    setOutboxClient(outbox.client)
    useStore.setState({ accounts: { list: [sampleAccount()], loaded: true, error: null } })
    campaignReceived(sampleDraft())
    await act(async () => {
      render(<StartButton campaign={sampleDraft()} onShowStep={() => {}} />, { wrapper })
    })
    await userEvent.click(screen.getByTestId('start'))
    const dialog = await screen.findByTestId('start-confirm')
    expect(within(dialog).getByTestId('sender-check').textContent).toContain('Checking')
    expect(outbox.invoke.mock.calls.map(([c]) => c)).toContain('campaigns.senderCheck')
    await act(async () => answer({ findings, checkedAt: 1 }))
    expect(within(dialog).getByTestId('sender-finding-spf.notAllowed')).toBeTruthy()
    await userEvent.click(screen.getByTestId('start-confirm-button'))
    expect(outbox.invoke.mock.calls.map(([c]) => c)).toContain('campaigns.start')
  })
})
