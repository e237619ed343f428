/** DKIM in the MIME builder: signed first thing, and never silently unsigned. */
import { generateKeyPairSync } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { buildMime, type MimeInput } from './mime'

const input: MimeInput = {
  from: { name: 'Shop', address: 'news@shop.example' },
  to: 'ada@example.com',
  messageId: '<1.2@shop.example>',
  date: new Date(Date.UTC(2030, 0, 1)),
  rendered: { subject: 'Hello', html: '<p>Hi</p>', text: 'Hi', attachments: [] },
}

describe('buildMime with DKIM', () => {
  it('puts the DKIM-Signature header first, CRLF throughout', async () => {
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 })
    const raw = (
      await buildMime({
        ...input,
        dkim: { domainName: 'shop.example', keySelector: 's1', privateKey },
      })
    ).toString()
    expect(raw).toMatch(/^DKIM-Signature: v=1; a=rsa-sha256; c=relaxed\/relaxed; d=shop\.example;/)
    expect(raw.replace(/\r\n/g, '')).not.toContain('\n')
  })

  it('refuses to send unsigned when the key cannot sign (nodemailer would say nothing)', async () => {
    const { privateKey } = generateKeyPairSync('ed25519')
    await expect(
      buildMime({ ...input, dkim: { domainName: 'shop.example', keySelector: 's1', privateKey } }),
    ).rejects.toThrow(/DKIM signing for shop\.example failed/)
  })
})
