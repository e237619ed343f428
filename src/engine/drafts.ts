/**
 * Drafting: a campaign is written, edited, filled with recipients and files while it is a
 * draft, and only then. A started campaign's content is what its recipients get: to change
 * it, duplicate it.
 */
import type {
  AttachmentInput,
  Campaign,
  CampaignContent,
  CampaignImageInput,
  CampaignInput,
  CampaignPatch,
  LinkTagging,
} from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { LetterDesign } from '@shared/letter/design'
import { checkCampaignAccounts, patchedAccountIds, writeCampaignAccounts } from './campaignAccounts'
import {
  logDuplicatesLeftOut,
  recipientsToWrite,
  writeRecipients,
  type RecipientsGiven,
} from './campaignRecipients'
import { settingsOf, type Campaigns } from './campaigns'
import type { Clock } from '@shared/clock'
import {
  copyAttachments,
  copyImages,
  countAttachments,
  countImages,
  deleteAttachment,
  deleteImage,
  insertAttachment,
  selectAttachmentsMeta,
  selectImage,
  selectImagesMeta,
  upsertImage,
} from './db/campaignFiles'
import {
  copyCampaignRow,
  insertCampaign,
  linkTaggingOf,
  updateDraft,
  utmColumns,
  type CampaignRow,
  type NewCampaign,
} from './db/campaigns'
import { copyCampaignAccounts, updateFromAccount } from './db/campaignAccounts'
import { copyCampaignPolicy, updateCampaignPolicy } from './db/hoursAndSpread'
import type { Db } from './db/open'
import { letterColumns, updatedLetter } from './letterColumns'
import type { EngineLog } from './log/engineLog'
import { defaultPolicyColumns, policyColumns } from './policy/draftPolicy'
import { copyRecipients, deleteRecipients } from './db/recipients'
import { copyZoneColumn } from './db/recipientZones'
import { LetterLimitError } from './render/letterLimits'
import { htmlToText } from './render/render'
import { accountIdsOf } from './policy/campaignPolicy'
import { requireAccount } from './accounts'

type CampaignOut = Campaign

// The same bounds as CampaignInput's lists, for files added one by one.
const MAX_IMAGES = 50
const MAX_ATTACHMENTS = 20

export interface DraftDeps {
  db: Db
  clock: Clock
  campaigns: Campaigns
  log: EngineLog
}

export class Drafts {
  constructor(private readonly deps: DraftDeps) {}

  /**
   * A draft, with whatever it is given: recipients may come later (setRecipients).
   * `alsoWrite` adds to it inside the same transaction (a template's images).
   */
  async create(
    input: CampaignInput,
    alsoWrite?: (campaignId: number) => void,
  ): Promise<CampaignOut> {
    const { db, clock } = this.deps
    const accountIds = input.accountIds ?? [input.accountId]
    const fromAccountId = input.policy?.fromAccountId ?? null
    checkCampaignAccounts(db, accountIds, fromAccountId)
    // A file is read with the event loop free in between; the accounts are checked again after.
    const { recipients, duplicates } = await recipientsToWrite(db, input, 'keep-suppressed')
    const id = db.transaction(() => {
      const account = requireAccount(db, input.accountId)
      const now = clock.now()
      const campaignId = insertCampaign(db, {
        ...campaignFields(input),
        ...letterColumns(input.design, input.html),
        unsubscribe_mailto: input.unsubscribe.mailto,
        unsubscribe_url: input.unsubscribe.url,
        now,
      })
      writeCampaignAccounts(db, campaignId, accountIds, fromAccountId)
      const policy = input.policy ? policyColumns(input.policy) : defaultPolicyColumns(account)
      updateCampaignPolicy(db, { ...policy, id: campaignId, now })
      writeRecipients(db, campaignId, recipients, now)
      logDuplicatesLeftOut(db, this.deps.log, campaignId, duplicates)
      for (const image of input.images) upsertImage(db, campaignId, imageOf(image))
      for (const file of input.attachments) insertAttachment(db, campaignId, attachmentOf(file))
      alsoWrite?.(campaignId)
      return campaignId
    })()
    return this.deps.campaigns.get(id)
  }

  /**
   * A draft copy of any campaign: content (preheader and link tagging too), settings, accounts,
   * unsubscribe, recipients and files.
   */
  duplicate(id: number): CampaignOut {
    const { db, clock } = this.deps
    const source = this.deps.campaigns.require(id)
    const copy = db.transaction(() => {
      const copyId = copyCampaignRow(db, { id, name: `${source.name} (copy)`, now: clock.now() })
      copyCampaignAccounts(db, id, copyId)
      updateFromAccount(db, copyId, source.from_account_id)
      copyRecipients(db, id, copyId)
      copyZoneColumn(db, id, copyId)
      copyCampaignPolicy(db, { from: id, to: copyId })
      copyImages(db, id, copyId)
      copyAttachments(db, id, copyId)
      return copyId
    })()
    return this.deps.campaigns.get(copy)
  }

  update(patch: CampaignPatch): CampaignOut {
    const { db, clock } = this.deps
    const row = this.requireDraft(patch.id)
    const accountIds = patchedAccountIds(accountIdsOf(db, row), patch)
    const fromAccountId = patch.policy ? patch.policy.fromAccountId : row.from_account_id
    // Only what the patch changes is checked: a draft on a deleted account can still be fixed.
    const accountsChanged = patch.accountId !== undefined || patch.accountIds !== undefined
    if (accountsChanged || patch.policy) checkCampaignAccounts(db, accountIds, fromAccountId)
    const letter = updatedLetter(row, patch)
    const fields = campaignFields({
      name: patch.name ?? row.name,
      accountId: accountIds[0]!,
      subject: patch.subject ?? row.subject,
      preheader: patch.preheader ?? row.preheader,
      // null is a value here: generate the text part from the HTML.
      text: patch.text === undefined ? row.text : patch.text,
      // null is a value here too: leave the links as written.
      linkTagging: patch.linkTagging === undefined ? linkTaggingOf(row) : patch.linkTagging,
      settings: patch.settings ?? settingsOf(row),
    })
    const unsubscribe = patch.unsubscribe ?? {
      mailto: row.unsubscribe_mailto,
      url: row.unsubscribe_url,
    }
    const updated = db.transaction(() => {
      const done = updateDraft(db, {
        ...fields,
        ...letter,
        unsubscribe_mailto: unsubscribe.mailto,
        unsubscribe_url: unsubscribe.url,
        id: row.id,
        now: clock.now(),
      })
      if (done && (accountsChanged || patch.policy))
        writeCampaignAccounts(db, row.id, accountIds, fromAccountId)
      return done
    })()
    if (!updated) this.requireDraft(patch.id) // it started meanwhile: say so
    if (patch.policy) {
      updateCampaignPolicy(db, { ...policyColumns(patch.policy), id: row.id, now: clock.now() })
    }
    return this.deps.campaigns.get(row.id)
  }

  /** Replaces every recipient in one transaction: the old list stays if anything fails. */
  async setRecipients(p: { id: number } & RecipientsGiven): Promise<CampaignOut> {
    const { db, clock } = this.deps
    this.requireDraft(p.id)
    // Read before the transaction.
    const { recipients, duplicates } = await recipientsToWrite(db, p, 'cleaned')
    db.transaction(() => {
      this.requireDraft(p.id)
      deleteRecipients(db, p.id)
      writeRecipients(db, p.id, recipients, clock.now())
      logDuplicatesLeftOut(db, this.deps.log, p.id, duplicates)
    })()
    return this.deps.campaigns.get(p.id)
  }

  content(id: number): CampaignContent {
    const { db } = this.deps
    const row = this.deps.campaigns.require(id)
    return {
      id,
      html: row.html,
      design: row.design === null ? null : LetterDesign.parse(JSON.parse(row.design)),
      text: row.text,
      generatedText: generatedTextOf(row.html),
      images: selectImagesMeta(db, id).map((i) => ({
        cid: i.cid,
        filename: i.filename,
        contentType: i.content_type,
        size: i.size,
      })),
      attachments: selectAttachmentsMeta(db, id).map((a) => ({
        id: a.id,
        filename: a.filename,
        contentType: a.content_type,
        size: a.size,
      })),
      variables: JSON.parse(row.variables) as string[],
    }
  }

  /** One image with its bytes (any campaign: a sent one's letter can be looked at too). */
  image(id: number, cid: string): { cid: string; contentType: string; dataBase64: string } {
    this.deps.campaigns.require(id)
    const image = selectImage(this.deps.db, id, cid)
    if (!image) {
      throw new OutboxError('not_found', `No image ${cid} in this campaign`, undefined, {
        reason: 'campaign.imageNotFound',
        params: { cid },
      })
    }
    return { cid, contentType: image.content_type, dataBase64: image.content.toString('base64') }
  }

  /** An image whose cid the draft already has replaces it (a new version of the logo). */
  addImage(id: number, image: CampaignImageInput): CampaignContent {
    this.inDraft(id, () => {
      upsertImage(this.deps.db, id, imageOf(image))
      if (countImages(this.deps.db, id) > MAX_IMAGES) {
        throw new OutboxError(
          'conflict',
          `A campaign has at most ${MAX_IMAGES} images`,
          undefined,
          {
            reason: 'campaign.tooManyImages',
            params: { max: MAX_IMAGES },
          },
        )
      }
    })
    return this.content(id)
  }

  removeImage(id: number, cid: string): CampaignContent {
    this.inDraft(id, () => {
      if (!deleteImage(this.deps.db, id, cid)) {
        throw new OutboxError('not_found', `No image "${cid}" in this campaign`, undefined, {
          reason: 'campaign.imageNotFound',
          params: { cid },
        })
      }
    })
    return this.content(id)
  }

  addAttachment(id: number, file: AttachmentInput): CampaignContent {
    this.inDraft(id, () => {
      insertAttachment(this.deps.db, id, attachmentOf(file))
      if (countAttachments(this.deps.db, id) > MAX_ATTACHMENTS) {
        throw new OutboxError(
          'conflict',
          `A campaign has at most ${MAX_ATTACHMENTS} attachments`,
          undefined,
          { reason: 'campaign.tooManyAttachments', params: { max: MAX_ATTACHMENTS } },
        )
      }
    })
    return this.content(id)
  }

  removeAttachment(id: number, attachmentId: number): CampaignContent {
    this.inDraft(id, () => {
      if (!deleteAttachment(this.deps.db, id, attachmentId)) {
        throw new OutboxError(
          'not_found',
          `No attachment ${attachmentId} in this campaign`,
          undefined,
          { reason: 'campaign.attachmentNotFound' },
        )
      }
    })
    return this.content(id)
  }

  private requireDraft(id: number): CampaignRow {
    const row = this.deps.campaigns.require(id)
    if (row.status !== 'draft') {
      throw new OutboxError(
        'conflict',
        `Campaign "${row.name}" is ${row.status}: only a draft can be changed. Duplicate it to make a new draft.`,
        undefined,
        { reason: 'campaign.notDraft', params: { name: row.name, status: row.status } },
      )
    }
    return row
  }

  /** One change to a draft's files, checked and made in one transaction. */
  private inDraft(id: number, change: () => void): void {
    this.deps.db.transaction(() => {
      this.requireDraft(id)
      change()
    })()
  }
}

function campaignFields(c: {
  name: string
  accountId: number
  subject: string
  preheader: string
  text: string | null
  linkTagging: LinkTagging | null
  settings: CampaignInput['settings']
}): Omit<NewCampaign, 'unsubscribe_mailto' | 'unsubscribe_url' | 'html' | 'design'> {
  // The HTML and the design come from letterColumns.ts: a visual letter's HTML is made there.
  return {
    name: c.name,
    account_id: c.accountId,
    subject: c.subject,
    preheader: c.preheader,
    text: c.text,
    ...utmColumns(c.linkTagging),
    delay_ms: c.settings.delayMs,
    concurrency: c.settings.concurrency,
    max_attempts: c.settings.maxAttempts,
    backoff_ms: c.settings.backoffMs,
    timeout_ms: c.settings.timeoutMs,
  }
}

const imageOf = (image: CampaignImageInput) => ({
  cid: image.cid,
  filename: image.filename,
  contentType: image.contentType,
  content: Buffer.from(image.dataBase64, 'base64'),
})

const attachmentOf = (file: AttachmentInput) => ({
  filename: file.filename,
  contentType: file.contentType,
  content: Buffer.from(file.dataBase64, 'base64'),
})

/**
 * The text part the template itself would give, for the editor. A letter too deep to convert has
 * none: the preview and the pre-flight say why, and the draft must still open.
 */
function generatedTextOf(html: string): string {
  try {
    return htmlToText(html)
  } catch (error) {
    if (error instanceof LetterLimitError) return ''
    throw error
  }
}
