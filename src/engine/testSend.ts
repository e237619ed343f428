/**
 * Test send: one recipient's message, rendered exactly as the queue would, sent at once to an
 * address the user types, outside the queue. Answers with the server's reply.
 */
import { randomBytes } from 'node:crypto'
import type { TestSendResult } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { endpointOf, requireAccount } from './accounts'
import { fromAccountOf } from './campaignAccounts'
import type { Campaigns } from './campaigns'
import type { Clock } from '@shared/clock'
import { countHandedOver } from './db/accountUsage'
import type { Db } from './db/open'
import { selectRecipientForTest } from './db/recipients'
import { dkimSigningOf } from './dkimKey'
import { TemplateError } from './render/render'
import type { SecretStore } from './secrets/secretStore'
import { loadCampaignFiles } from './sender/campaignFiles'
import { composeMessage } from './sender/compose'
import { readAddressOf } from './sender/readAddress'
import { SmtpSession } from './smtp/session'

export async function testSend(
  deps: { db: Db; clock: Clock; secrets: SecretStore; campaigns: Campaigns },
  p: { id: number; recipientEmail: string | null; to: string },
): Promise<TestSendResult> {
  const { db, clock, secrets } = deps
  const campaign = deps.campaigns.require(p.id)
  // Through the first account, with the From (and DKIM) every message of the campaign carries.
  const account = requireAccount(db, campaign.account_id)
  const from = fromAccountOf(db, campaign, account)
  const recipient = selectRecipientForTest(db, campaign.id, p.recipientEmail)
  if (!recipient)
    throw new OutboxError(
      'not_found',
      `No recipient ${p.recipientEmail ?? ''} in this campaign`,
      undefined,
      { reason: 'recipient.notFound', params: { recipient: p.recipientEmail ?? '' } },
    )

  const domain = account.from_email.split('@')[1] ?? 'outbox.invalid'
  let raw: Buffer
  try {
    raw = await composeMessage({
      campaign,
      account: from,
      recipient,
      to: p.to,
      // No delivery: its unsubscribe token (the local part, `test.…`) has not a delivery's
      // shape, so a request from this message matches none (see mailbox/apply/token.ts).
      messageId: `<test.${randomBytes(8).toString('hex')}@${domain}>`,
      readAddress: readAddressOf(db, from),
      date: new Date(clock.now()),
      ...loadCampaignFiles(db, campaign.id),
      dkim: dkimSigningOf(from, secrets),
    })
  } catch (error) {
    if (error instanceof TemplateError) {
      throw new OutboxError('invalid_input', error.message, undefined, error.problem)
    }
    throw error
  }
  const session = new SmtpSession(endpointOf(account, secrets), campaign.timeout_ms)
  try {
    const result = await session.send({ from: account.from_email, to: p.to }, raw)
    // The server counts it against the account's limits: so do the caps.
    if (result.ok) countHandedOver(db, account.id, clock.now())
    return result.ok
      ? {
          ok: true,
          code: result.responseCode,
          response: result.response,
          renderedFor: recipient.email,
        }
      : {
          ok: false,
          code: result.failure.responseCode ?? null,
          response: result.failure.response ?? result.message,
          renderedFor: recipient.email,
        }
  } finally {
    session.close()
  }
}
