/**
 * The engine alone in a process, to be killed. `serve DIR`: start the engine and keep sending.
 * `create DIR ACCOUNT N`: create and start a campaign of N recipients, then exit.
 * With CHAOS_BROKEN=ack-before-durable the sender's commits are broken on purpose.
 */
import { openEngineOnDisk } from '../support/engineOnDisk'
import { AckBeforeDurable } from './ackBeforeDurable'

const [mode, dir, accountId, count] = process.argv.slice(2) as [string, string, string?, string?]
// CHAOS_BROKEN=ack-before-durable: the crash suite's check on itself (ackBeforeDurable.ts).
const broken = process.env.CHAOS_BROKEN === 'ack-before-durable'
const { db, engine } = openEngineOnDisk(
  dir,
  broken ? { committer: (connection) => new AckBeforeDurable(connection) } : {},
)

async function main() {
  if (mode === 'serve') {
    engine.start()
    process.send?.({ started: true })
    return // keeps running until killed
  }
  const recipients = Array.from({ length: Number(count) }, (_, i) => ({
    email: `big${i}@example.test`,
    data: { name: `B${i}` },
  }))
  process.send?.({ creating: true })
  const created = await engine.dispatch('campaigns.create', {
    name: 'big',
    accountId: Number(accountId),
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    recipients,
  })
  if (!created.ok) throw new Error(created.error.message)
  const id = (created.value as { id: number }).id
  process.send?.({ starting: true })
  await engine.dispatch('campaigns.start', { id })
  db.close()
  process.exit(0)
}

void main()
