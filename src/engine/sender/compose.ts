/**
 * One recipient's message: the queue, the test send, the pre-flight and the preview all render
 * through `renderForRecipient`, so what is checked and shown is what goes out.
 */
import type { AccountRow } from '../db/accounts'
import { linkTaggingOf, type CampaignRow } from '../db/campaigns'
import { buildMime, type MimeFile, type MimeInput } from '../render/mime'
import { renderMessage, type CampaignImage, type RenderedMessage } from '../render/render'
import { renderUnsubscribe, unsubscribeMailto } from '../render/unsubscribe'
import { tokenOfMessageId } from '../mailbox/apply/token'

export interface ComposeInput {
  campaign: CampaignRow
  account: AccountRow
  recipient: { email: string; data: string }
  /** Where it goes; the recipient's own address unless a test send says otherwise. */
  to: string
  /** Its local part is the unsubscribe token (a test send's matches no delivery). */
  messageId: string
  /** The From address when its account has a mailbox Outbox reads (readAddressOf), else null. */
  readAddress: string | null
  date: Date
  images: CampaignImage[]
  /** Sent with every message as regular attachments. */
  attachments: MimeFile[]
  /** The account's DKIM signing, its key opened just for this message; absent: unsigned. */
  dkim?: MimeInput['dkim']
}

export interface RecipientMessage {
  rendered: RenderedMessage
  /** List-Unsubscribe and List-Unsubscribe-Post when the campaign has them. */
  headers: Record<string, string>
}

/** The template variables of one recipient: their data, plus `email`. */
export function recipientData(recipient: { email: string; data: string }): Record<string, unknown> {
  return { ...(JSON.parse(recipient.data) as Record<string, unknown>), email: recipient.email }
}

/** Where an unsubscribe request by mail goes, and the token that names the delivery. */
export interface UnsubscribeWay {
  /** The From address when its account has a mailbox Outbox reads, else null. */
  readAddress: string | null
  token: string
}

/** Throws a TemplateError when this recipient's data does not fit the templates. */
export function renderForRecipient(
  campaign: CampaignRow,
  data: Record<string, unknown>,
  images: CampaignImage[],
  way: UnsubscribeWay,
): RecipientMessage {
  const mailto = unsubscribeMailto({ campaignMailto: campaign.unsubscribe_mailto, ...way })
  const unsubscribe = renderUnsubscribe({ mailto, url: campaign.unsubscribe_url }, data)
  // Without a configured link, a column of the data named unsubscribeUrl still applies.
  const withLink = unsubscribe.link === null ? data : { ...data, unsubscribeUrl: unsubscribe.link }
  const rendered = renderMessage({
    subject: campaign.subject,
    preheader: campaign.preheader,
    html: campaign.html,
    text: campaign.text,
    linkTagging: linkTaggingOf(campaign),
    // The way out stays exactly as it was given, whatever the tagging.
    untaggedLinks: [unsubscribe.link, withLink.unsubscribeUrl].filter(
      (link): link is string => typeof link === 'string',
    ),
    data: withLink,
    images,
  })
  return { rendered, headers: unsubscribe.headers }
}

/** Throws a TemplateError when this recipient's data does not fit the templates. */
export async function composeMessage(input: ComposeInput): Promise<Buffer> {
  const { campaign, account, recipient } = input
  const { rendered, headers } = renderForRecipient(
    campaign,
    recipientData(recipient),
    input.images,
    {
      readAddress: input.readAddress,
      token: tokenOfMessageId(input.messageId),
    },
  )
  return buildMime({
    from: { name: account.from_name, address: account.from_email },
    to: input.to,
    replyTo: account.reply_to,
    messageId: input.messageId,
    date: input.date,
    rendered,
    headers,
    files: input.attachments,
    dkim: input.dkim,
  })
}
