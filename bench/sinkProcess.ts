/**
 * The benchmark's SMTP server, in a process of its own so that it does not share a CPU core's
 * event loop with the sender being measured. Tells its port, answers "count" with how many
 * messages it accepted, and exits with its parent.
 */
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'

let accepted = 0
const server = new SMTPServer({
  disabledCommands: ['STARTTLS', 'AUTH'],
  authOptional: true,
  logger: false,
  onData(stream, _session, callback) {
    stream.on('data', () => {})
    stream.on('end', () => {
      accepted++
      callback()
    })
  },
})
// A client that dies mid-conversation (the point of the crash suite) is not the server's error.
server.on('error', () => {})
server.listen(0, '127.0.0.1', () => {
  process.send!({ port: (server.server.address() as AddressInfo).port })
})
process.on('message', (message) => {
  if (message === 'count') process.send!({ count: accepted })
  if (message === 'reset') accepted = 0
})
process.on('disconnect', () => process.exit(0))
