/**
 * Makes the new campaign the user chose in the dialog: from a starter letter (visual, in the
 * window's language), from one of their templates, or with HTML to write by hand.
 */
import type { TFunction } from 'i18next'
import type { Campaign } from '@shared/contract'
import { STARTERS, type StarterKind } from '@shared/letter/starters'
import { outbox } from '@renderer/client'
import { accountsRequested } from '@renderer/store/accounts/actions'
import { useStore } from '@renderer/store/store'
import { defaultAccount, newCampaignInput, newCampaignSettings } from './newCampaignInput'

export type NewCampaignChoice =
  { kind: 'starter'; starter: StarterKind } | { kind: 'template'; id: number } | { kind: 'html' }

/** Before the settings have loaded: the product's seed defaults. */
const SEED_RETRY = { maxAttempts: 3, backoffMs: 60_000, timeoutMs: 120_000 }
/** The HTML starter shows template variables as they are, not filled in by i18next. */
const LITERAL = { name: '{{name}}', column: '{{column}}' }

export async function createCampaign(
  choice: NewCampaignChoice,
  t: TFunction,
  language: string,
): Promise<Campaign> {
  await accountsRequested()
  const state = useStore.getState()
  const account = defaultAccount(state.accounts.list)
  if (!account) throw new Error(t('campaigns.noAccount'))
  const retry = state.settings.stored?.retryDefaults ?? SEED_RETRY
  const name = t('campaigns.starter.name', { date: new Date().toLocaleDateString(language) })
  switch (choice.kind) {
    case 'starter': {
      const letterLanguage = language.startsWith('ru') ? 'ru' : 'en'
      const design = STARTERS[choice.starter][letterLanguage]
      const subject = t(`campaigns.newCampaign.starters.${choice.starter}.subject`)
      return outbox().campaigns.create(newCampaignInput(account, { name, subject, design }, retry))
    }
    case 'template':
      return outbox().templates.use({
        id: choice.id,
        name,
        accountId: account.id,
        settings: newCampaignSettings(account, retry),
      })
    case 'html':
      return outbox().campaigns.create(
        newCampaignInput(
          account,
          {
            name,
            subject: t('campaigns.starter.subject', LITERAL),
            html: t('campaigns.starter.html', LITERAL),
          },
          retry,
        ),
      )
  }
}
