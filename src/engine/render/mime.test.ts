import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { buildMime, type MimeInput } from './mime'
import { type RenderedMessage, renderMessage } from './render'

const logo = {
  cid: 'logo',
  filename: 'logo.png',
  contentType: 'image/png',
  content: Buffer.from('logo-bytes'),
}

function rendered(overrides: Partial<MimeInput['rendered']> = {}): MimeInput['rendered'] {
  return {
    subject: 'Hello Ada',
    html: '<p>Hi Ada</p><img src="cid:logo">',
    text: 'Hi Ada',
    attachments: [logo],
    ...overrides,
  }
}

function mime(overrides: Partial<MimeInput> = {}): MimeInput {
  return {
    from: { name: 'Outbox Team', address: 'team@example.com' },
    to: 'ada@example.com',
    messageId: 'c1.r42.a1@outbox.example.com',
    date: new Date('2024-05-06T07:08:09Z'),
    rendered: rendered(),
    ...overrides,
  }
}

/** The header block, unfolded, one entry per header. */
function headerLines(message: Buffer): string[] {
  const text = message.toString('utf8')
  const head = text.slice(0, text.indexOf('\r\n\r\n'))
  return head.replace(/\r\n[ \t]/g, ' ').split('\r\n')
}

describe('buildMime', () => {
  it('keeps the given Message-ID, so a resend is the same message', async () => {
    const id = 'c1.r42.a1@outbox.example.com'
    const first = await buildMime(mime({ messageId: id }))
    const again = await buildMime(mime({ messageId: `<${id}>` }))
    expect(headerLines(first)).toContain(`Message-ID: <${id}>`)
    expect(headerLines(again)).toContain(`Message-ID: <${id}>`)
  })

  it('writes the addresses, subject and date as headers', async () => {
    const lines = headerLines(await buildMime(mime({ replyTo: 'replies@example.com' })))
    expect(lines).toContain('From: Outbox Team <team@example.com>')
    expect(lines).toContain('To: ada@example.com')
    expect(lines).toContain('Reply-To: replies@example.com')
    expect(lines).toContain('Subject: Hello Ada')
    expect(lines).toContain('Date: Mon, 06 May 2024 07:08:09 +0000')
  })

  it('puts the CID images inline beside the HTML in multipart/related', async () => {
    const message = (await buildMime(mime())).toString('utf8')
    expect(message).toContain('Content-Type: multipart/alternative')
    expect(message).toContain('Content-Type: multipart/related')
    expect(message).toContain('Content-ID: <logo>')
    expect(message).toContain('Content-Disposition: inline; filename=logo.png')
    expect(message).toContain(logo.content.toString('base64'))
  })

  it('uses CRLF line ends only', async () => {
    const message = (await buildMime(mime())).toString('utf8')
    expect(message).not.toMatch(/[^\r]\n/)
  })

  it('folds CR/LF in custom header values and the sender name instead of adding headers', async () => {
    const message = await buildMime(
      mime({
        from: { name: 'Team\r\nBcc: evil@example.com', address: 'team@example.com' },
        headers: { 'List-Unsubscribe': '<https://example.com/u>\r\nBcc: evil@example.com' },
        rendered: rendered({ subject: 'Hi\r\nX-Injected: 1' }),
      }),
    )
    const lines = headerLines(message)
    expect(lines.some((line) => /^(bcc|x-injected):/i.test(line))).toBe(false)
    expect(lines).toContain('List-Unsubscribe: <https://example.com/u> Bcc: evil@example.com')
    expect(message.toString('utf8')).not.toMatch(/\r\n(Bcc|X-Injected):/i)
  })

  it('refuses header names and addresses that could start another header', async () => {
    await expect(buildMime(mime({ headers: { 'X-A\r\nBcc': 'x' } }))).rejects.toThrow(
      /Invalid header name/,
    )
    await expect(buildMime(mime({ headers: { Bcc: 'evil@example.com' } }))).rejects.toThrow(
      /cannot be set/,
    )
    await expect(
      buildMime(mime({ to: 'ada@example.com\r\nBcc: evil@example.com' })),
    ).rejects.toThrow(/Invalid To address/)
    await expect(buildMime(mime({ replyTo: 'a@example.com\nCc: b@example.com' }))).rejects.toThrow(
      /Invalid Reply-To address/,
    )
  })
})

describe('file names that leave the app', () => {
  it('sends image and attachment names as plain names, never as paths', async () => {
    const message = await buildMime({
      ...mime({
        rendered: rendered({ attachments: [{ ...logo, filename: '../../../etc/passwd' }] }),
      }),
      files: [
        {
          filename: '..\\..\\Windows\\system.ini',
          contentType: 'text/plain',
          content: Buffer.from('x'),
        },
      ],
    })
    const text = message.toString('utf8')
    expect(text).toContain('filename=passwd')
    expect(text).toContain('filename=system.ini')
    expect(text).not.toMatch(/\.\.[/\\]/)
  })
})

describe('render + buildMime never read files or URLs', () => {
  it('leaves file references in the HTML and never embeds the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-render-'))
    const secret = join(dir, 'secret.txt')
    const marker = 'TOP-SECRET-MARKER-1f3a'
    writeFileSync(secret, marker)
    try {
      const out = renderMessage({
        subject: 'Hi',
        html: `<img src="file://${secret}"><img src="${secret}"><img src="file:///etc/passwd">`,
        data: { email: 'ada@example.com' },
        images: [{ ...logo, cid: `file://${secret}` }],
      })
      const message = (await buildMime(mime({ rendered: out }))).toString('utf8')
      expect(message).not.toContain(marker)
      expect(message).not.toContain(Buffer.from(marker).toString('base64'))
      expect(message).not.toContain('root:')
      // An attachment that carries a path instead of bytes is refused, not followed.
      const smuggled = {
        cid: 'logo',
        filename: 'x.txt',
        contentType: 'text/plain',
        path: secret,
      } as unknown as RenderedMessage['attachments'][number]
      await expect(
        buildMime(mime({ rendered: rendered({ attachments: [smuggled] }) })),
      ).rejects.toThrow(/no content/)
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })

  it('never fetches a URL the HTML points at', async () => {
    let requests = 0
    const server = createServer((_req, res) => {
      requests++
      res.end('fetched')
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const url = `http://127.0.0.1:${port}/pixel.png`
      const out = renderMessage({
        subject: 'Hi',
        html: `<img src="${url}"><a href="${url}">x</a>`,
        data: {},
        images: [],
      })
      const message = (await buildMime(mime({ rendered: out }))).toString('utf8')
      expect(message).not.toContain('fetched')
      expect(requests).toBe(0)
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
