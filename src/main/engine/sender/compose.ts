/** One recipient's message, ready for the wire: the queue and the test send share this path. */
import type { AccountRow } from '../db/accounts'
import type { CampaignRow } from '../db/campaigns'
import { buildMime, type MimeInput } from '../render/mime'
import { renderMessage, type CampaignImage } from '../render/render'

export interface ComposeInput {
  campaign: CampaignRow
  account: AccountRow
  recipient: { email: string; data: string }
  /** Where it goes; the recipient's own address unless a test send says otherwise. */
  to: string
  messageId: string
  date: Date
  images: CampaignImage[]
  /** The account's DKIM signing, its key opened just for this message; absent: unsigned. */
  dkim?: MimeInput['dkim']
}

/** Throws a TemplateError when this recipient's data does not fit the templates. */
export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const { campaign, account, recipient } = input
  const data = {
    ...(JSON.parse(recipient.data) as Record<string, unknown>),
    email: recipient.email,
  }
  const rendered = renderMessage({
    subject: campaign.subject,
    html: campaign.html,
    text: campaign.text,
    data,
    images: input.images,
  })
  return buildMime({
    from: { name: account.from_name, address: account.from_email },
    to: input.to,
    replyTo: account.reply_to,
    messageId: input.messageId,
    date: input.date,
    rendered,
    dkim: input.dkim,
  })
}
