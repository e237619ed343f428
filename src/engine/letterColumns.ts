/**
 * How a campaign stores its letter: the HTML that is sent, and the visual design it is made
 * from when the letter was written in the visual editor. The HTML of a visual letter is always
 * made here, from the design, so the two can never disagree.
 */
import type { CampaignPatch } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import type { LetterDesign } from '@shared/letter/design'
import { toEmailHtml } from '@shared/letter/toEmailHtml'
import type { CampaignRow } from './db/campaigns'

export interface LetterColumns {
  html: string
  /** JSON of the design; null for a letter written as HTML. */
  design: string | null
}

/** A new letter: from its design when it has one (the contract requires one or the other). */
export function letterColumns(
  design: LetterDesign | null,
  html: string | undefined,
): LetterColumns {
  if (design) return { html: toEmailHtml(design), design: JSON.stringify(design) }
  return { html: html ?? '', design: null }
}

/**
 * A draft's letter after an update: a new design makes new HTML; `design: null` turns a visual
 * letter into HTML, keeping its HTML (one way); HTML alone cannot change a visual letter, whose
 * HTML is made from its design.
 */
export function updatedLetter(row: CampaignRow, patch: CampaignPatch): LetterColumns {
  if (patch.design) return letterColumns(patch.design, undefined)
  if (patch.design === null) return { html: patch.html ?? row.html, design: null }
  if (row.design !== null && patch.html !== undefined) {
    throw new OutboxError(
      'invalid_input',
      'This letter is written in the visual editor: turn it into HTML before editing its HTML',
      undefined,
      { reason: 'campaign.visualLetter' },
    )
  }
  return { html: patch.html ?? row.html, design: row.design }
}
