/**
 * Preview: one recipient's message as the queue would send it — the same render path, the same
 * headers — made ready for the window's sandboxed frame (images as data: URLs). A template that
 * does not fit the recipient is an answer, not a failure: the editor shows why.
 */
import type { PreviewResult } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { requireAccount } from './accounts'
import { fromAccountOf } from './campaignAccounts'
import { publicRecipient } from './campaignRecipients'
import type { Campaigns } from './campaigns'
import type { Db } from './db/open'
import { selectNumberedRecipient } from './db/recipients'
import { cidsToDataUrls } from './render/dataUrls'
import { TemplateError } from './render/render'
import { loadCampaignFiles } from './sender/campaignFiles'
import { recipientData, renderForRecipient, type RecipientMessage } from './sender/compose'
import { readAddressOf } from './sender/readAddress'
import { TEST_TOKEN } from './mailbox/apply/token'

export function previewMessage(
  deps: { db: Db; campaigns: Campaigns },
  p: { id: number; recipientId: number | null },
): PreviewResult {
  const { db } = deps
  const campaign = deps.campaigns.require(p.id)
  // The From every message carries: the fixed account's, or the first account's.
  const account = fromAccountOf(db, campaign, requireAccount(db, campaign.account_id))
  const recipient = selectNumberedRecipient(db, campaign.id, p.recipientId)
  if (!recipient) {
    throw p.recipientId === null
      ? new OutboxError(
          'not_found',
          'This campaign has no recipients yet: add some to preview a message',
          undefined,
          { reason: 'campaign.noRecipients', params: { name: campaign.name } },
        )
      : new OutboxError('not_found', `No recipient ${p.recipientId} in this campaign`, undefined, {
          reason: 'recipient.notFound',
          params: { recipient: p.recipientId },
        })
  }
  const files = loadCampaignFiles(db, campaign.id)
  const attached = files.attachments.map((a) => ({
    filename: a.filename,
    size: a.content.length,
    inline: false,
  }))

  const envelope = [
    { key: 'From', value: address(account.from_name, account.from_email) },
    { key: 'To', value: recipient.email },
    ...(account.reply_to ? [{ key: 'Reply-To', value: account.reply_to }] : []),
  ]
  let message: RecipientMessage
  try {
    // A preview has no delivery: its token matches none, as a test send's.
    message = renderForRecipient(campaign, recipientData(recipient), files.images, {
      readAddress: readAddressOf(db, account),
      token: TEST_TOKEN,
    })
  } catch (error) {
    if (!(error instanceof TemplateError)) throw error
    return {
      recipient: publicRecipient(recipient),
      error: {
        part: error.part,
        variable: error.variable ?? null,
        message: error.message,
        reason: error.problem.reason,
        params: error.problem.params,
      },
      subject: '',
      preheader: '',
      html: '',
      text: '',
      headers: envelope,
      attachments: attached,
    }
  }
  const { rendered, headers } = message
  return {
    recipient: publicRecipient(recipient),
    error: null,
    subject: rendered.subject,
    preheader: rendered.preheader,
    html: cidsToDataUrls(rendered.html, rendered.attachments),
    text: rendered.text,
    headers: [
      ...envelope,
      { key: 'Subject', value: rendered.subject },
      ...Object.entries(headers).map(([key, value]) => ({ key, value })),
    ],
    attachments: [
      ...rendered.attachments.map((i) => ({
        filename: i.filename,
        size: i.content.length,
        inline: true,
      })),
      ...attached,
    ],
  }
}

function address(name: string, email: string): string {
  return name ? `${name} <${email}>` : email
}
