/**
 * Which campaign status changes deserve a system notification. Only changes the user did not
 * make: a campaign that finished, or one the engine paused by itself (quota, content, sender
 * refused, self-protection) or stopped because of its account (login, TLS, settings). A pause the user asked for
 * is never announced back to them.
 */
import type { Campaign, CampaignStatus, Settings } from '@shared/contract'
import { formatCount, type Language } from './language'
import type { Snapshot } from './progressView'
import type { ShellStrings } from './strings'

export type DesktopSettings = Settings['desktop']
export type CampaignFacts = Pick<Campaign, 'id' | 'name' | 'status' | 'statusReason' | 'resumeAt'>

export interface Notice {
  campaignId: number
  kind: 'completed' | 'paused' | 'account'
  title: string
  body: string
}

/** Cheap first look, before asking the engine why: did a sending campaign stop? */
export function mayNotify(from: CampaignStatus | undefined, to: CampaignStatus): boolean {
  return from === 'sending' && (to === 'completed' || to === 'paused')
}

export interface NoticeInput {
  from: CampaignStatus | undefined
  snapshot: Snapshot
  /** The campaign as the engine describes it now (its name and why it paused). */
  campaign: CampaignFacts
  desktop: DesktopSettings
  text: ShellStrings
  language: Language
  /** "14:05" in the user's time zone and language. */
  formatTime: (epochMs: number) => string
}

export function noticeFor(input: NoticeInput): Notice | null {
  const { from, snapshot, campaign, desktop, text, language } = input
  if (!mayNotify(from, snapshot.status)) return null
  // It moved on since the snapshot (resumed, cancelled): the news is stale.
  if (campaign.status !== snapshot.status) return null
  const n = (x: number) => formatCount(language, x)
  const base = { campaignId: snapshot.campaignId }

  if (snapshot.status === 'completed') {
    if (!desktop.notifyCompleted) return null
    return {
      ...base,
      kind: 'completed',
      title: text.notify.completedTitle(campaign.name),
      body: text.notify.completedBody(
        n(snapshot.sent),
        n(snapshot.total),
        snapshot.failed > 0 ? n(snapshot.failed) : null,
      ),
    }
  }

  const reason = campaign.statusReason
  if (reason === null || reason === 'user') return null
  if (reason === 'account') {
    if (!desktop.notifyAccountError) return null
    return {
      ...base,
      kind: 'account',
      title: text.notify.accountTitle(campaign.name),
      body: text.notify.accountBody,
    }
  }
  if (!desktop.notifyPaused) return null
  const why =
    reason === 'quota' || reason === 'content' || reason === 'sender' || reason === 'protection'
      ? text.notify.pausedReason[reason]
      : text.notify.pausedReason.other
  const resumes = campaign.resumeAt
    ? ` ${text.notify.resumesAt(input.formatTime(campaign.resumeAt))}`
    : ''
  return {
    ...base,
    kind: 'paused',
    title: text.notify.pausedTitle(campaign.name),
    body: why + resumes,
  }
}
