/**
 * Real rows to compose a message from, outside the sender: an engine on a temp folder writes a
 * DKIM-signing account and a campaign with an inline image and an attachment, then closes.
 * No vitest here: the build's test imports it too.
 */
import { generateKeyPairSync } from 'node:crypto'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { selectAccount } from '@engine/db/accounts'
import { selectCampaign } from '@engine/db/campaigns'
import { dkimSigningOf } from '@engine/dkimKey'
import { createFileKeySecretStore } from '@engine/secrets/fileKeySecretStore'
import type { ComposeInput } from '@engine/sender/compose'
import { loadCampaignFiles } from '@engine/sender/campaignFiles'
import { openEngineOnDisk } from './engineOnDisk'

// A 1×1 PNG.
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='

export const DKIM_KEYS = generateKeyPairSync('rsa', { modulusLength: 2048 })

export interface Letter {
  /** The input the sender would give for this recipient. */
  inputFor(recipient: { email: string; name: string }): ComposeInput
  /** The same campaign with another HTML, as an edit leaves it (a new `updated_at`). */
  edited(html: string): Letter
}

export async function letterFrom(subject = 'Hello {{name}}'): Promise<Letter> {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-letter-'))
  const { db, engine, call } = openEngineOnDisk(dir)
  const account = await call<{ id: number }>('accounts.create', {
    name: 'Signed',
    host: '127.0.0.1',
    port: 2525,
    security: 'none',
    fromName: 'Shop',
    fromEmail: 'news@shop.example',
    dkim: {
      domain: 'shop.example',
      selector: 'mail2030',
      privateKey: DKIM_KEYS.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    },
  })
  const { id } = await call<{ id: number }>('campaigns.create', {
    name: 'Letter',
    accountId: account.id,
    subject,
    html: '<h1>Hi {{name}}</h1><img src="cid:logo" alt="Logo">',
    settings: { delayMs: 0, concurrency: 1, maxAttempts: 3, backoffMs: 0, timeoutMs: 5000 },
    recipients: [{ email: 'ann@example.test', data: { name: 'Ann' } }],
    images: [{ cid: 'logo', filename: 'logo.png', contentType: 'image/png', dataBase64: PNG }],
    attachments: [{ filename: 'terms.txt', contentType: 'text/plain', dataBase64: 'VGVybXM=' }],
  })
  const campaign = selectCampaign(db, id)!
  const from = selectAccount(db, account.id)!
  const files = loadCampaignFiles(db, id)
  const secrets = createFileKeySecretStore(dir)
  const dkim = dkimSigningOf(from, secrets)!
  await engine.stop()
  db.close()

  const letter = (html: string, updatedAt: number): Letter => ({
    inputFor: (recipient) => ({
      campaign: { ...campaign, html, updated_at: updatedAt },
      account: from,
      recipient: { email: recipient.email, data: JSON.stringify({ name: recipient.name }) },
      to: recipient.email,
      messageId: `<${recipient.name}.1@shop.example>`,
      readAddress: null,
      date: new Date(Date.UTC(2026, 11, 3, 9, 0)),
      ...files,
      dkim,
    }),
    edited: (next) => letter(next, updatedAt + 1),
  })
  return letter(campaign.html, campaign.updated_at)
}
