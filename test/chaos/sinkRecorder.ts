/**
 * An SMTP sink in its own process that appends every accepted message (recipient, Message-ID
 * and envelope sender) to a file before it answers 250, so the record survives anything that happens
 * to the engine. Prints its port; exits with its parent.
 */
import { appendFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { SMTPServer } from 'smtp-server'

const [recordFile] = process.argv.slice(2) as [string]

const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, session, callback) {
    let head = ''
    stream.on('data', (chunk: Buffer) => {
      if (head.length < 4096) head += chunk.toString()
    })
    stream.on('end', () => {
      const messageId = head.match(/^Message-ID: (<[^>]+>)/im)?.[1] ?? ''
      const to = session.envelope.rcptTo[0]?.address ?? ''
      const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : ''
      appendFileSync(recordFile, `${to} ${messageId} ${from}\n`)
      callback()
    })
  },
})
// A client that dies mid-conversation (the point of the crash suite) is not the server's error.
server.on('error', () => {})
server.listen(0, '127.0.0.1', () =>
  process.send!({ port: (server.server.address() as AddressInfo).port }),
)
process.on('disconnect', () => process.exit(0))
