/** One statement per function: letters kept as templates, and their images. */
import type { Db } from './open'
import { prepared } from './prepared'

export interface LetterTemplateRow {
  id: number
  name: string
  subject: string
  preheader: string
  html: string
  text: string | null
  /** JSON of a visual letter; null for an HTML letter. */
  design: string | null
  created_at: number
}

/** A campaign's letter as a new template; null when there is no such campaign. */
export function insertTemplateFromCampaign(
  db: Db,
  p: { campaignId: number; name: string; now: number },
): number | null {
  const result = prepared(
    db,
    `INSERT INTO letter_templates (name, subject, preheader, html, text, design, created_at)
     SELECT @name, subject, preheader, html, text, design, @now FROM campaigns
     WHERE id = @campaignId`,
  ).run(p)
  return result.changes === 1 ? Number(result.lastInsertRowid) : null
}

export function copyCampaignImagesToTemplate(db: Db, campaignId: number, templateId: number): void {
  prepared(
    db,
    `INSERT INTO letter_template_images (template_id, cid, filename, content_type, content)
     SELECT ?, cid, filename, content_type, content FROM campaign_images
     WHERE campaign_id = ? ORDER BY id`,
  ).run(templateId, campaignId)
}

export function copyTemplateImagesToCampaign(db: Db, templateId: number, campaignId: number): void {
  prepared(
    db,
    `INSERT INTO campaign_images (campaign_id, cid, filename, content_type, content)
     SELECT ?, cid, filename, content_type, content FROM letter_template_images
     WHERE template_id = ? ORDER BY id`,
  ).run(campaignId, templateId)
}

/** A template's row with how many images it keeps. */
export type TemplateWithImages = LetterTemplateRow & { images: number }

const WITH_IMAGES = `SELECT t.*,
  (SELECT count(*) FROM letter_template_images i WHERE i.template_id = t.id) AS images
  FROM letter_templates t`

export function selectTemplates(db: Db): TemplateWithImages[] {
  return prepared(db, `${WITH_IMAGES} ORDER BY t.id DESC`).all() as TemplateWithImages[]
}

export function selectTemplate(db: Db, id: number): TemplateWithImages | undefined {
  return prepared(db, `${WITH_IMAGES} WHERE t.id = ?`).get(id) as TemplateWithImages | undefined
}

export function deleteTemplate(db: Db, id: number): boolean {
  return prepared(db, 'DELETE FROM letter_templates WHERE id = ?').run(id).changes === 1
}
