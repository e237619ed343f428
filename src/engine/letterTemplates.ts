/**
 * Letters kept as templates: a campaign's letter (subject, bodies, visual design, images) saved
 * under a name, and new drafts made from it. Recipients and settings never travel with a
 * template: they belong to a campaign.
 */
import type { Campaign, LetterTemplate } from '@shared/contract'
import type { Clock } from '@shared/clock'
import { OutboxError } from '@shared/errors'
import { LetterDesign } from '@shared/letter/design'
import type { Campaigns } from './campaigns'
import {
  copyCampaignImagesToTemplate,
  copyTemplateImagesToCampaign,
  deleteTemplate,
  insertTemplateFromCampaign,
  selectTemplate,
  selectTemplates,
  type TemplateWithImages,
} from './db/letterTemplates'
import type { Db } from './db/open'
import type { Drafts } from './drafts'

interface Deps {
  db: Db
  clock: Clock
  campaigns: Campaigns
  drafts: Drafts
}

export function listTemplates(db: Db): LetterTemplate[] {
  return selectTemplates(db).map(summary)
}

export function saveTemplateFromCampaign(
  deps: Deps,
  p: { campaignId: number; name: string },
): LetterTemplate {
  const { db, clock } = deps
  deps.campaigns.require(p.campaignId)
  const id = db.transaction(() => {
    const templateId = insertTemplateFromCampaign(db, { ...p, now: clock.now() })
    if (templateId === null) deps.campaigns.require(p.campaignId) // deleted meanwhile: say so
    copyCampaignImagesToTemplate(db, p.campaignId, templateId!)
    return templateId!
  })()
  return summary(requireTemplate(db, id))
}

/** A new draft with the template's letter and images. */
export async function useTemplate(
  deps: Deps,
  p: { id: number; name: string; accountId: number; settings: Campaign['settings'] },
): Promise<Campaign> {
  const template = requireTemplate(deps.db, p.id)
  const design = template.design === null ? null : LetterDesign.parse(JSON.parse(template.design))
  return deps.drafts.create(
    {
      name: p.name,
      accountId: p.accountId,
      subject: template.subject,
      preheader: template.preheader,
      linkTagging: null,
      html: template.html,
      text: template.text,
      design,
      settings: p.settings,
      recipients: [],
      recipientsFile: null,
      images: [],
      attachments: [],
      unsubscribe: { mailto: null, url: null },
    },
    (campaignId) => copyTemplateImagesToCampaign(deps.db, template.id, campaignId),
  )
}

export function removeTemplate(db: Db, id: number): { count: number } {
  return { count: deleteTemplate(db, id) ? 1 : 0 }
}

function requireTemplate(db: Db, id: number): TemplateWithImages {
  const row = selectTemplate(db, id)
  if (!row) {
    throw new OutboxError('not_found', `No template ${id}`, undefined, {
      reason: 'letterTemplate.notFound',
    })
  }
  return row
}

function summary(row: TemplateWithImages): LetterTemplate {
  return {
    id: row.id,
    name: row.name,
    subject: row.subject,
    visual: row.design !== null,
    images: row.images,
    createdAt: row.created_at,
  }
}
