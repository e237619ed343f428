/** `templates.*`: letters kept to start new campaigns from (the built-in starters live in shared/letter). */
import { z } from 'zod'
import { Campaign, CampaignSettings } from './campaigns'
import { command } from './command'
import { ById, Count, Id } from './common'

export const LetterTemplate = z.object({
  id: Id,
  name: z.string(),
  subject: z.string(),
  /** Written in the visual editor (false: as HTML). */
  visual: z.boolean(),
  /** Images kept with it, which a campaign made from it gets too. */
  images: z.number().int(),
  createdAt: z.number(),
})
export type LetterTemplate = z.output<typeof LetterTemplate>

const TemplateName = z.string().trim().min(1).max(200)

export const templates = {
  list: command(z.void(), z.array(LetterTemplate), 'The letters kept as templates, newest first.'),
  saveFromCampaign: command(
    z.object({ campaignId: Id, name: TemplateName }).strict(),
    LetterTemplate,
    'Keep a campaign’s letter (subject, bodies, visual design, images) as a template.',
  ),
  use: command(
    z.object({ id: Id, name: TemplateName, accountId: Id, settings: CampaignSettings }).strict(),
    Campaign,
    'A new draft with the template’s letter and images; its recipients come later.',
  ),
  delete: command(ById, Count, 'Delete a template; campaigns made from it keep their letters.'),
} as const
