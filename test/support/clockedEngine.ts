/**
 * An engine on a real SQLite file and a fake clock, sending to a local SMTP sink, for tests of
 * what happens over hours and days (sending hours, spread): the clock moves only when the test
 * says, and the engine can be closed and opened again on the same file.
 */
import { addAccount, checkInvariants, openEngine, type Harness } from './engineHarness'
import { FakeClock } from './fakeClock'
import { startSmtpSink, type SinkScript } from './smtpSink'

export interface ClockedEngine {
  clock: FakeClock
  sink: Awaited<ReturnType<typeof startSmtpSink>>
  accountId: number
  /** The engine now open (a new one after `restart`). */
  h: Harness
  /** Stops the engine, closes the database, and opens both again on the same file. */
  restart(): Promise<void>
  close(): Promise<void>
}

export async function clockedEngine(
  dataDir: string,
  startAt: number,
  script: SinkScript = {},
): Promise<ClockedEngine> {
  const sink = await startSmtpSink(script)
  const clock = new FakeClock(startAt)
  const open = () => {
    // Every WAL sync 20 ms late, as on a loaded machine: a test that reads the engine before a
    // commit has answered fails here every time, not once in a while on CI.
    const h = openEngine(dataDir, { clock, syncDelayMs: 20 })
    h.engine.start()
    return h
  }
  const shut = async (h: Harness) => {
    await h.engine.stop(1000)
    checkInvariants(h.db)
    h.db.close()
  }
  const h = open()
  const account = await addAccount(h, sink.port)
  const engine: ClockedEngine = {
    clock,
    sink,
    accountId: account.id,
    h,
    async restart() {
      await shut(engine.h)
      engine.h = open()
    },
    async close() {
      if (engine.h.db.open) await shut(engine.h)
      await sink.close()
    },
  }
  return engine
}

const turn = () => new Promise<void>((resolve) => setImmediate(resolve))
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 2))

/**
 * After the clock moved: lets the engine claim what came due, and waits until no write is on
 * its way and no send is in flight, for several turns of the event loop in a row. A claim is a
 * commit away from a timer firing, and a commit answers only after the WAL's sync, which runs
 * in the thread pool: how many turns that takes depends on the machine's load.
 */
export async function quiet(h: Harness): Promise<void> {
  const deadline = Date.now() + 10_000
  let calmTurns = 0
  while (calmTurns < 3) {
    if (Date.now() > deadline) throw new Error('the engine did not settle within 10 s')
    const calm = h.commitsInFlight() === 0 && inFlight(h) === 0
    calmTurns = calm ? calmTurns + 1 : 0
    await (calm ? turn() : pause())
  }
}

const inFlight = (h: Harness) =>
  h.db.prepare("SELECT count(*) FROM deliveries WHERE state = 'sending'").pluck().get() as number

/**
 * Moves the clock to `at` in jumps of `stepMs`, the engine quiet after each. Jumps (each timer
 * due fires once): the sender lock's 5-second refresh is a commit each, slow over hours.
 */
export async function runUntil(engine: ClockedEngine, at: number, stepMs: number): Promise<void> {
  while (engine.clock.now() < at) {
    engine.clock.jump(Math.min(stepMs, at - engine.clock.now()))
    await quiet(engine.h)
  }
}

/**
 * Sure that nothing more happens: a short real wait with the engine left alone. Counts the
 * transactions meanwhile, so a slot that polls in a busy loop shows.
 */
export async function idleFor(h: Harness, ms = 150): Promise<number> {
  const real = h.db.transaction.bind(h.db)
  let transactions = 0
  h.db.transaction = ((fn: Parameters<typeof real>[0]) => {
    transactions++
    return real(fn)
  }) as typeof real
  try {
    await new Promise((resolve) => setTimeout(resolve, ms))
  } finally {
    h.db.transaction = real
  }
  return transactions
}

/** Each recipient's state, attempts and send time, in import order. */
export function sendTimes(h: Harness, campaignId: number) {
  return h.db
    .prepare(
      `SELECT r.email, d.state, d.attempts, d.sent_at FROM deliveries d
       JOIN recipients r ON r.id = d.recipient_id WHERE d.campaign_id = ? ORDER BY d.id`,
    )
    .all(campaignId) as { email: string; state: string; attempts: number; sent_at: number | null }[]
}
