/**
 * The crash suite: the engine runs in a child process and is SIGKILLed at random moments
 * during a campaign sent through two accounts, restarted each time, then allowed to finish. A
 * sink in another process records every message it accepts, with its envelope sender.
 * Afterwards: no recipient lost, no silent duplicate, the counts (each account's too) agree with
 * what the sink got, and the database is intact.
 *
 * CHAOS_KILLS=200 CHAOS_SEED=7 npm run test:unit -- test/chaos   (more kills, another seed)
 */
import Database from 'better-sqlite3'
import { fork, type ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { databasePath } from '@engine/db/open'
import { checkInvariants } from '../support/engineHarness'
import { openEngineOnDisk } from '../support/engineOnDisk'
import { seeded } from '../support/seeded'
import { useTempDir } from '../support/tempDir'

const KILLS = Number(process.env.CHAOS_KILLS ?? 30)
const SEED = Number(process.env.CHAOS_SEED ?? 20261127)
vi.setConfig({ testTimeout: 240_000, hookTimeout: 60_000 })

const TSX = {
  execArgv: ['--import', 'tsx'],
  stdio: ['ignore', 'ignore', 'inherit', 'ipc'] as const,
}
const tempDir = useTempDir('all')
const children = new Set<ChildProcess>()
let sink: ChildProcess
let sinkPort: number
let recordFile: string

beforeAll(async () => {
  recordFile = join(tempDir(), 'accepted.txt')
  sink = fork(join(__dirname, 'sinkRecorder.ts'), [recordFile], TSX as never)
  sinkPort = await new Promise((resolve) =>
    sink.once('message', (m) => resolve((m as { port: number }).port)),
  )
})
afterAll(() => {
  sink?.kill()
  for (const child of children) child.kill('SIGKILL') // a failed run leaves no engine behind
})

/** The envelope sender of each account, so the sink's record says which one sent. */
const SENDERS = ['chaos@example.test', 'chaos2@example.test']

async function prepare(dir: string, recipients: number) {
  const { db, call } = openEngineOnDisk(dir)
  const accountIds: number[] = []
  for (const fromEmail of SENDERS) {
    const account = await call<{ id: number }>('accounts.create', {
      name: fromEmail,
      host: '127.0.0.1',
      port: sinkPort,
      security: 'none',
      fromEmail,
    })
    accountIds.push(account.id)
  }
  const campaign = await call<{ id: number }>('campaigns.create', {
    name: 'chaos',
    accountId: accountIds[0],
    accountIds,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: { delayMs: 2, concurrency: 3, maxAttempts: 3, backoffMs: 0, timeoutMs: 10_000 },
    recipients: Array.from({ length: recipients }, (_, i) => ({
      email: `c${i}@example.test`,
      data: { name: `C${i}` },
    })),
  })
  await call('campaigns.start', { id: campaign.id })
  db.close()
  return { accountId: accountIds[0]!, campaignId: campaign.id }
}

function runner(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const child = fork(join(__dirname, 'engineRunner.ts'), args, {
    ...TSX,
    env: { ...process.env, ...env },
  } as never)
  children.add(child)
  child.once('exit', () => children.delete(child))
  return child
}

function exited(child: ChildProcess): Promise<void> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve()
    child.once('exit', () => resolve())
  })
}

type Accepted = { to: string; messageId: string; from: string }
type Row = {
  id: number
  email: string
  state: string
  message_id: string
  from_email: string | null
}

/** Every message the sink accepted, in the order it did. */
function accepted(): Accepted[] {
  if (!existsSync(recordFile)) return []
  return readFileSync(recordFile, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => {
      const [to, messageId, from] = line.split(' ') as [string, string, string]
      return { to, messageId, from }
    })
}

/**
 * Sends a 1,500-recipient campaign through `kills` SIGKILLs at random moments, lets it finish,
 * resends every uncertain row as a user might (app closed meanwhile), and lets it finish again.
 */
async function sendThroughKills(kills: number, seed: number, env: NodeJS.ProcessEnv = {}) {
  const random = seeded(seed)
  const dir = tempDir()
  const { campaignId } = await prepare(dir, 1500)
  const status = () => {
    const db = new Database(databasePath(dir), { readonly: true })
    try {
      return db.prepare('SELECT status FROM campaigns WHERE id = ?').pluck().get(campaignId)
    } finally {
      db.close()
    }
  }

  let done = 0
  while (done < kills && status() === 'sending') {
    const child = runner(['serve', dir], env)
    await new Promise<void>((resolve) => child.once('message', () => resolve()))
    await new Promise((r) => setTimeout(r, 20 + random() * 250)) // a random moment mid-send
    child.kill('SIGKILL')
    await exited(child)
    done++
  }

  // Let it finish, then resend every uncertain row, as a user might.
  const finish = async () => {
    const child = runner(['serve', dir], env)
    await expect.poll(status, { timeout: 120_000, interval: 100 }).toBe('completed')
    child.kill('SIGTERM')
    await exited(child)
  }
  await finish()
  const db = new Database(databasePath(dir))
  const everUncertain = new Set(
    db
      .prepare("SELECT DISTINCT delivery_id FROM event_log WHERE kind = 'delivery.uncertain'")
      .pluck()
      .all() as number[],
  )
  db.close()
  const user = openEngineOnDisk(dir)
  await user.call('uncertain.resend', { campaignId })
  user.db.close()
  await finish()

  const check = new Database(databasePath(dir), { readonly: true })
  const rows = check
    .prepare(
      `SELECT d.id, r.email, d.state, d.message_id, a.from_email FROM deliveries d
       JOIN recipients r ON r.id = d.recipient_id LEFT JOIN accounts a ON a.id = d.account_id
       WHERE d.campaign_id = ?`,
    )
    .all(campaignId) as Row[]
  return { kills: done, everUncertain, rows, check }
}

/** What the sink got that the database does not account for: each list must be empty. */
function discrepancies(rows: Row[], everUncertain: Set<number>, got: Accepted[]) {
  const copies = new Map<string, Accepted[]>()
  for (const m of got) copies.set(m.to, [...(copies.get(m.to) ?? []), m])
  const byEmail = new Map(rows.map((r) => [r.email, r]))
  const sent = rows.filter((r) => r.state === 'sent')
  return {
    copies,
    sent,
    unsettled: rows.filter((r) => r.state !== 'sent' && r.state !== 'failed').map((r) => r.email),
    // Every copy is the row's own message…
    foreignCopies: [...copies].filter(([to, list]) =>
      list.some((m) => m.messageId !== byEmail.get(to)?.message_id),
    ),
    // …and a second copy only ever follows a row that was declared uncertain.
    silentDuplicates: [...copies.keys()].filter(
      (to) => copies.get(to)!.length > 1 && !everUncertain.has(byEmail.get(to)!.id),
    ),
    // Every `sent` row was accepted by the server, and nothing was accepted for a row not sent.
    sentNotAccepted: sent.filter((r) => !copies.has(r.email)).map((r) => r.email),
    acceptedNotSent: [...copies.keys()].filter((to) => byEmail.get(to)?.state !== 'sent'),
  }
}

describe(`crash suite (${KILLS} kills, seed ${SEED})`, () => {
  it('SIGKILL at random moments loses no one and never resends silently', async () => {
    const run = await sendThroughKills(KILLS, SEED)
    expect(run.kills, 'the campaign should outlive the kills; make it bigger').toBe(KILLS)
    expect(run.check.pragma('integrity_check', { simple: true })).toBe('ok')
    checkInvariants(run.check) // each account's counts too, through every kill
    run.check.close()

    // No recipient lost: one row each, all settled, and the sink agrees with every row.
    expect(run.rows).toHaveLength(1500)
    const got = accepted()
    const found = discrepancies(run.rows, run.everUncertain, got)
    expect(found.unsettled).toEqual([])
    expect(found.foreignCopies).toEqual([])
    expect(found.silentDuplicates).toEqual([])
    expect(found.sentNotAccepted).toEqual([])
    expect(found.acceptedNotSent).toEqual([])
    // Both accounts sent, and a row names the account whose copy the server took last.
    expect(new Set(got.map((m) => m.from))).toEqual(new Set(SENDERS))
    for (const r of found.sent)
      expect(found.copies.get(r.email)!.at(-1)!.from, r.email).toBe(r.from_email)
    console.log(
      `crash suite: ${run.kills} kills, ${run.everUncertain.size} rows uncertain on the way, ` +
        `${got.length - found.copies.size} duplicate copies (all declared), seed ${SEED}`,
    )
  })

  it('notices a sender that acknowledges an outcome before it is durable', async () => {
    // The same run with the commits broken on purpose (ackBeforeDurable.ts): the checks above
    // must find what it did, or they prove nothing.
    const before = accepted().length
    const run = await sendThroughKills(8, SEED + 2, { CHAOS_BROKEN: 'ack-before-durable' })
    run.check.close()
    const found = discrepancies(run.rows, run.everUncertain, accepted().slice(before))
    const wrong = found.silentDuplicates.length + found.sentNotAccepted.length
    console.log(`crash suite, broken on purpose: ${wrong} rows caught over ${run.kills} kills`)
    expect(wrong).toBeGreaterThan(0)
  })

  it('a kill while a large campaign is created or started leaves all of it or none, once reopened', async () => {
    const random = seeded(SEED + 1)
    for (let round = 0; round < 4; round++) {
      const dir = tempDir()
      const { accountId } = await prepare(dir, 1)
      const child = runner(['create', dir, String(accountId), '200000'])
      // Even rounds are cut while the campaign is created, odd ones while it starts.
      const phase = round % 2 === 0 ? 'creating' : 'starting'
      await new Promise<void>((resolve) =>
        child.on('message', (m) => {
          if ((m as Record<string, unknown>)[phase]) resolve()
        }),
      )
      await new Promise((r) => setTimeout(r, random() * 1000))
      child.kill('SIGKILL')
      await exited(child)
      // A start writes its rows in slices: a cut one leaves rows of a draft, which the engine's
      // next start removes before its sender looks. Started and stopped at once, nothing is sent.
      const reopened = openEngineOnDisk(dir)
      reopened.engine.start()
      await reopened.engine.stop(0)
      reopened.db.close()

      const db = new Database(databasePath(dir), { readonly: true })
      const big = db.prepare("SELECT id, status FROM campaigns WHERE name = 'big'").get() as
        { id: number; status: string } | undefined
      if (big) {
        const recipients = db
          .prepare('SELECT count(*) FROM recipients WHERE campaign_id = ?')
          .pluck()
          .get(big.id)
        const deliveries = db
          .prepare('SELECT count(*) FROM deliveries WHERE campaign_id = ?')
          .pluck()
          .get(big.id)
        expect(recipients).toBe(200000)
        expect(deliveries).toBe(big.status === 'draft' ? 0 : 200000)
      }
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      db.close()
    }
  })
})
