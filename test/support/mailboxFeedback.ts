/**
 * For tests of what a mailbox message does: campaigns really sent to a local SMTP sink, then
 * fixtures rewritten to name their real deliveries, classified and recorded as the reader would.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { systemClock } from '@shared/clock'
import { selectDeliveryByMessageId } from '@engine/db/feedbackMatching'
import { EngineLog } from '@engine/log/engineLog'
import { createRecordMessage, type RecordMessageDeps } from '@engine/mailbox/apply/recordMessage'
import { knownMessages } from '@engine/mailbox/apply/knownMessages'
import { classifyMessage } from '@engine/mailbox/classifyMessage'
import type { ReadMessage } from '@engine/mailbox/readMessage'
import { readReceivedMessage } from '@engine/mailbox/receivedMessage'
import { ProgressPublisher, RateMeter } from '@engine/progress'
import { readSettings } from '@engine/settings'
import { createCampaign, fast, waitForStatus, type Harness } from './engineHarness'

const FIXTURES = join(__dirname, '..', '..', 'src', 'engine', 'mailbox', 'fixtures')

/** The fixtures' own Message-ID of Outbox's message number `n`, without brackets. */
export const fixtureId = (n: number) =>
  `c1f2a3b4.${String(n).padStart(4, '0')}.outbox@shop.example.com`

/** A fixture with each `from` replaced by its `to` (Message-IDs, addresses, tokens). */
export function fixture(name: string, replace: Record<string, string> = {}): Buffer {
  let text = readFileSync(join(FIXTURES, name), 'latin1')
  for (const [from, to] of Object.entries(replace)) text = text.split(from).join(to)
  return Buffer.from(text, 'latin1')
}

/** A campaign to these addresses, sent to the sink; each address's Message-ID (no brackets). */
export async function sentCampaign(
  h: Harness,
  accountId: number,
  emails: string[],
  settings = fast,
): Promise<{ id: number; idOf: (email: string) => string }> {
  const campaign = await createCampaign(
    h,
    accountId,
    emails.map((email) => ({ email, data: { name: email } })),
    settings,
  )
  await h.call('campaigns.start', { id: campaign.id })
  await waitForStatus(h, campaign.id, 'completed')
  const rows = h.db
    .prepare(
      `SELECT r.email, d.message_id FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
       WHERE d.campaign_id = ?`,
    )
    .all(campaign.id) as { email: string; message_id: string }[]
  const ids = new Map(rows.map((r) => [r.email, r.message_id.slice(1, -1)]))
  return { id: campaign.id, idOf: (email) => ids.get(email)! }
}

/** `cleanup` stops the recorder's progress publisher before the database closes. */
export function recorder(
  h: Harness,
  cleanup: (fn: () => void) => void,
  more: Partial<RecordMessageDeps> = {},
) {
  const progress = new ProgressPublisher(
    h.db,
    h.engine.events,
    systemClock,
    new RateMeter(systemClock),
  )
  cleanup(() => progress.stop())
  const record = createRecordMessage({
    db: h.db,
    clock: systemClock,
    log: new EngineLog(systemClock, null),
    progress,
    settings: () => readSettings(h.db),
    ...more,
  })
  let uid = 0
  /** Classifies the raw message and records it in a transaction, as the reader does. */
  return async (
    raw: Buffer,
    at: { accountId: number; uid?: number; folder?: string },
  ): Promise<{ recognised: boolean; message: ReadMessage | null }> => {
    const cls = await classifyMessage(raw, knownMessages(h.db))
    if (cls.kind === 'unrelated') return { recognised: false, message: null }
    const parsed = await readReceivedMessage(raw)
    const message: ReadMessage = {
      accountId: at.accountId,
      folder: at.folder ?? 'INBOX',
      uidValidity: '1',
      uid: at.uid ?? ++uid,
      raw,
      truncated: false,
      receivedAt: systemClock.now(),
      from: parsed.from ?? '',
      subject: parsed.subject,
      messageId: parsed.messageId,
      firstLines: parsed.text.split('\n').slice(0, 3).join('\n'),
      class: cls,
    }
    const result = h.db.transaction(() => record(message))()
    return { ...result, message }
  }
}

/** Whether a Message-ID (no brackets) is a delivery's. */
export const isDelivery = (h: Harness, id: string) =>
  selectDeliveryByMessageId(h.db, `<${id}>`) !== undefined
