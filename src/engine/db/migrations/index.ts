/** Every schema change, in order. Append only: a shipped migration is never edited. */
export type { Migration } from './migration'
import type { Migration } from './migration'
import { m001Settings } from './001-settings'
import { m002SendEngine } from './002-send-engine'
import { m003TestInbox } from './003-test-inbox'
import { m004Accounts } from './004-accounts'
import { m005CampaignContent } from './005-campaign-content'
import { m006CampaignMonitor } from './006-campaign-monitor'
import { m007LogParams } from './007-log-params'
import { m008CampaignIds } from './008-campaign-ids'
import { m009PreheaderLinkTags } from './009-preheader-link-tags'
import { m010LetterDesign } from './010-letter-design'
import { m011SendingPolicies } from './011-sending-policies'
import { m012MailboxFeedback } from './012-mailbox-feedback'

export const migrations: readonly Migration[] = [
  m001Settings,
  m002SendEngine,
  m003TestInbox,
  m004Accounts,
  m005CampaignContent,
  m006CampaignMonitor,
  m007LogParams,
  m008CampaignIds,
  m009PreheaderLinkTags,
  m010LetterDesign,
  m011SendingPolicies,
  m012MailboxFeedback,
]
