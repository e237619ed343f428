/**
 * Editing a draft: every change shows at once and is saved a moment later (edits in between
 * are merged into one save). Whatever needs the saved state — preview, test send, start —
 * calls `draftSaved()` first.
 */
import type { CommandInput } from '@shared/types'
import { outbox } from '../../client'
import { campaignReceived } from '../campaigns/actions'
import { errorOf } from '../errorOf'
import { useStore } from '../store'
import type { CampaignView } from '../campaigns/state'
import type { DraftContent } from './state'

type Patch = Omit<CommandInput<'campaigns.update'>, 'id'>

/** Long enough to merge a burst of typing, short enough that nothing feels unsaved. */
export const SAVE_AFTER_MS = 700

let pending: { id: number; patch: Patch } | null = null
let timer: ReturnType<typeof setTimeout> | undefined
let inFlight: Promise<void> = Promise.resolve()

export async function draftOpened(id: number): Promise<void> {
  await draftSaved()
  useStore.setState({ draft: { content: null, save: 'saved', error: null } })
  try {
    // The campaign itself is already fresh: the campaign page fetched it when it opened.
    const content = await outbox().campaigns.content({ id })
    useStore.setState({ draft: { content, save: 'saved', error: null } })
  } catch (error) {
    useStore.setState((s) => ({ draft: { ...s.draft, error: errorOf(error) } }))
  }
}

/** A campaign as the user sees it: what the engine has, with the edits not saved yet. */
function withCampaignEdits(campaign: CampaignView, patch: Patch): CampaignView {
  return {
    ...campaign,
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.subject !== undefined && { subject: patch.subject }),
    ...(patch.preheader !== undefined && { preheader: patch.preheader }),
    ...(patch.accountId !== undefined && { accountId: patch.accountId }),
    // The first of the accounts is the campaign's account.
    ...(patch.accountIds !== undefined && {
      accountIds: patch.accountIds,
      accountId: patch.accountIds[0],
    }),
    ...(patch.policy !== undefined && { policy: { ...campaign.policy, ...patch.policy } }),
    ...(patch.settings !== undefined && {
      settings: { ...campaign.settings, ...patch.settings },
    }),
    ...(patch.unsubscribe !== undefined && {
      unsubscribe: { mailto: null, url: null, ...patch.unsubscribe },
    }),
    ...(patch.linkTagging !== undefined && { linkTagging: patch.linkTagging }),
  } as CampaignView
}

/** The letter as the user sees it: what the engine has, with the edits not saved yet. */
function withContentEdits(content: DraftContent, patch: Patch): DraftContent {
  return {
    ...content,
    ...(patch.html !== undefined && { html: patch.html }),
    ...(patch.text !== undefined && { text: patch.text }),
    ...(patch.design !== undefined && { design: patch.design }),
  }
}

/** What the engine answered, unless newer edits wait to be saved: those stay on top. */
const pendingFor = (id: number): Patch | null => (pending?.id === id ? pending.patch : null)

export function draftEdited(id: number, patch: Patch): void {
  const { campaigns, draft } = useStore.getState()
  const campaign = campaigns.list?.find((c) => c.id === id)
  if (campaign) campaignReceived(withCampaignEdits(campaign, patch))
  const content = draft.content?.id === id ? draft.content : null
  useStore.setState({
    draft: {
      content: content && withContentEdits(content, patch),
      save: 'pending',
      error: null,
    },
  })
  pending = pending?.id === id ? { id, patch: { ...pending.patch, ...patch } } : { id, patch }
  clearTimeout(timer)
  timer = setTimeout(() => void draftSaved(), SAVE_AFTER_MS)
}

/** Saves what is pending now, and resolves when every save so far has finished. */
export function draftSaved(): Promise<void> {
  clearTimeout(timer)
  const job = pending
  pending = null
  if (job) inFlight = inFlight.then(() => save(job.id, job.patch))
  return inFlight
}

async function save(id: number, patch: Patch): Promise<void> {
  useStore.setState((s) => ({ draft: { ...s.draft, save: 'saving' } }))
  try {
    const campaign = await outbox().campaigns.update({ id, ...patch })
    // Typing went on while this save was on its way: the newer words stay.
    const newer = pendingFor(id)
    campaignReceived(newer ? withCampaignEdits(campaign, newer) : campaign)
    const content = await outbox().campaigns.content({ id })
    useStore.setState((s) => ({
      draft: {
        // Keep what was typed while this save was on its way.
        content: pending ? s.draft.content : content,
        save: pending ? 'pending' : 'saved',
        error: null,
      },
    }))
  } catch (error) {
    useStore.setState((s) => ({ draft: { ...s.draft, save: 'failed', error: errorOf(error) } }))
  }
}

/**
 * Images and attachments are saved at once; the engine answers with the new content, whose
 * letter may be older than edits still waiting to be saved: those stay on top.
 */
export function draftContentReceived(content: DraftContent): void {
  const newer = pendingFor(content.id)
  useStore.setState((s) => ({
    draft: { ...s.draft, content: newer ? withContentEdits(content, newer) : content },
  }))
}
