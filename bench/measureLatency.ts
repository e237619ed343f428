/**
 * command_latency: what the window feels while the engine sends. The round trip of a trivial
 * command (`app.info`) through the browser host — the same HTTP call, token and event stream
 * the window uses — sampled one at a time, a few milliseconds apart, first with the engine idle,
 * then while a four-connection campaign sends flat out to the sink.
 *
 * Where each piece runs: `npm run serve` (src/host/cli.ts) builds the engine and the HTTP server
 * in one process, and the window is another program (a browser tab) calling it over 127.0.0.1.
 * The bench does the same: it starts cli.ts itself in a child process, so the engine's thread
 * that answers is the one that sends, and plays the window from this process, which has nothing
 * else to do meanwhile. With the host in this process, the client's own requests and response
 * parsing would run on the very thread being measured.
 *
 * cli.ts serves the built window from `--renderer` and refuses to start without an index.html.
 * The window's files play no part in a command's round trip, so a one-line index.html in a temp
 * folder stands in for them and the bench needs no `electron-vite build`.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { rmSync, writeFileSync } from 'node:fs'
import { Agent, request, type ClientRequest } from 'node:http'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { addAccount, HTML, recipients, SUBJECT, tempDir, type Sink } from './support'

const ROOT = join(__dirname, '..')
const LOOPBACK = '127.0.0.1'
/** The engine loads its modules through tsx on first start; generous, still bounded. */
const HOST_START_TIMEOUT_MS = 60_000
const REQUEST_TIMEOUT_MS = 10_000
/** Until the campaign's first message is accepted (create and pre-flight come before it). */
const FIRST_SEND_TIMEOUT_MS = 60_000
/** No phase samples longer than this, whatever the count asked for. */
const PHASE_TIMEOUT_MS = 120_000
/** The host closes within its 10 s grace plus the engine's stop; then it is killed. */
const HOST_STOP_TIMEOUT_MS = 20_000
/** Calls before the idle phase, not counted: connection set up, code paths warm. */
const WARM_UP_CALLS = 50

export interface LatencyOptions {
  /** Samples per phase. */
  samples: number
  /** The campaign's size: enough to still be sending when the sampling ends. */
  recipients: number
  /** Pause between one answer and the next call. */
  gapMs: number
}

export interface LatencyStats {
  count: number
  p50: number
  p99: number
  max: number
}

export interface LatencyResult {
  idle: LatencyStats
  sending: LatencyStats
  /** Messages per second the sink accepted while the sending phase was sampled. */
  sendingRate: number
  /** The campaign finished before the sending phase had all its samples. */
  completedEarly: boolean
}

interface Envelope {
  ok: boolean
  value?: unknown
  error?: { code: string; message: string }
}

interface EventMessage {
  name: string
  payload: { campaignId?: number; sent?: number; isCompleted?: boolean }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Nearest rank: the smallest sample with at least `p` of all samples at or below it. */
function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)]!
}

function stats(samples: readonly number[]): LatencyStats {
  if (!samples.length) throw new Error('No latency samples were taken')
  const sorted = [...samples].sort((a, b) => a - b)
  return {
    count: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    max: sorted[sorted.length - 1]!,
  }
}

interface RunningHost {
  child: ChildProcess
  /** Its data and window folders, removed once it has stopped. */
  dirs: string[]
  port: number
  token: string
  /** The host's last words on stdout and stderr, for an error message. */
  output(): string
}

/** `npm run serve` on a fresh data folder and a free port, as a child process. */
async function startHost(): Promise<RunningHost> {
  const dataDir = tempDir()
  const rendererDir = tempDir()
  writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><title>Outbox bench</title>')
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'src/host/cli.ts'),
      '--data',
      dataDir,
      '--renderer',
      rendererDir,
      '--port',
      '0',
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  )
  // Should this process end without stopping it (an error, process.exit), the host goes too.
  const killOnExit = () => child.kill('SIGKILL')
  process.once('exit', killOnExit)
  child.once('exit', () => process.off('exit', killOnExit))

  let output = ''
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-4000))
  child.stdout!.on('data', keep)
  child.stderr!.on('data', keep)
  const { port, token } = await new Promise<{ port: number; token: string }>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`The browser host did not start in time:\n${output}`))
    }, HOST_START_TIMEOUT_MS)
    const onData = () => {
      const m = output.match(/open: http:\/\/127\.0\.0\.1:(\d+)\/#token=([\w-]+)/)
      if (!m) return
      clearTimeout(timer)
      child.stdout!.off('data', onData)
      resolve({ port: Number(m[1]), token: m[2]! })
    }
    child.stdout!.on('data', onData)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The browser host exited with ${code}:\n${output}`))
    })
  })
  return { child, dirs: [dataDir, rendererDir], port, token, output: () => output }
}

/** SIGTERM, as Ctrl-C would: the host closes, the engine stops; killed if it takes too long. */
async function stopHost(host: RunningHost): Promise<void> {
  if (host.child.exitCode === null && host.child.signalCode === null) {
    const exited = new Promise<void>((resolve) => host.child.once('exit', () => resolve()))
    host.child.kill('SIGTERM')
    const timer = setTimeout(() => host.child.kill('SIGKILL'), HOST_STOP_TIMEOUT_MS)
    await exited
    clearTimeout(timer)
  }
  for (const dir of host.dirs) rmSync(dir, { recursive: true, force: true })
}

/** The window's side of the host: commands over one kept-alive connection, and the events. */
function windowClient(host: RunningHost) {
  // One connection, as a browser reuses its keep-alive connection for calls made one at a time.
  const agent = new Agent({ keepAlive: true, maxSockets: 1 })
  const authorization = `Bearer ${host.token}`

  function invoke(channel: string, input?: unknown): Promise<Envelope> {
    const body = JSON.stringify({ input })
    return new Promise((resolve, reject) => {
      const req = request(
        {
          host: LOOPBACK,
          port: host.port,
          path: `/api/invoke/${channel}`,
          method: 'POST',
          agent,
          headers: {
            Authorization: authorization,
            'Content-Type': 'application/json',
            'Content-Length': Buffer.byteLength(body),
          },
        },
        (res) => {
          const chunks: Buffer[] = []
          res.on('data', (chunk: Buffer) => chunks.push(chunk))
          res.on('end', () => {
            try {
              resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as Envelope)
            } catch {
              reject(new Error(`${channel}: HTTP ${res.statusCode} without an envelope`))
            }
          })
          res.on('error', reject)
        },
      )
      req.setTimeout(REQUEST_TIMEOUT_MS, () =>
        req.destroy(new Error(`${channel}: no answer within ${REQUEST_TIMEOUT_MS} ms`)),
      )
      req.on('error', reject)
      req.end(body)
    })
  }

  /** Dispatches through the host; throws on an error envelope (the shape addAccount takes). */
  async function call<T>(channel: string, input?: unknown): Promise<T> {
    const reply = await invoke(channel, input)
    if (!reply.ok) throw new Error(`${channel}: ${reply.error?.code} ${reply.error?.message}`)
    return reply.value as T
  }

  /** The event stream the window keeps open (its own connection, as EventSource has). */
  const listeners = new Set<(message: EventMessage) => void>()
  let stream: ClientRequest | undefined
  function openEvents(): Promise<void> {
    return new Promise((resolve, reject) => {
      stream = request(
        {
          host: LOOPBACK,
          port: host.port,
          path: '/api/events',
          headers: { Authorization: authorization, Accept: 'text/event-stream' },
        },
        (res) => {
          if (res.statusCode !== 200) return reject(new Error(`events: HTTP ${res.statusCode}`))
          resolve()
          let buffer = ''
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => {
            buffer += chunk
            let end: number
            while ((end = buffer.indexOf('\n\n')) >= 0) {
              const block = buffer.slice(0, end)
              buffer = buffer.slice(end + 2)
              for (const line of block.split('\n')) {
                if (!line.startsWith('data: ')) continue
                const message = JSON.parse(line.slice('data: '.length)) as EventMessage
                for (const listener of listeners) listener(message)
              }
            }
          })
          res.on('error', () => {})
        },
      )
      stream.on('error', (error) => reject(error))
      stream.end()
    })
  }

  function onEvent(listener: (message: EventMessage) => void): () => void {
    listeners.add(listener)
    return () => listeners.delete(listener)
  }

  function close() {
    stream?.destroy()
    agent.destroy()
  }

  return { invoke, call, openEvents, onEvent, close }
}

type Client = ReturnType<typeof windowClient>

/** Sequential round trips of `app.info`, `gapMs` apart, until `count`, `stop()` or the deadline. */
async function sample(
  client: Client,
  count: number,
  gapMs: number,
  stop: () => boolean = () => false,
): Promise<number[]> {
  const ms: number[] = []
  const deadline = performance.now() + PHASE_TIMEOUT_MS
  while (ms.length < count && !stop() && performance.now() < deadline) {
    const t0 = performance.now()
    const reply = await client.invoke('app.info')
    const elapsed = performance.now() - t0
    if (!reply.ok) throw new Error(`app.info: ${reply.error?.code} ${reply.error?.message}`)
    ms.push(elapsed)
    await sleep(gapMs)
  }
  return ms
}

export async function measureLatency(sink: Sink, options: LatencyOptions): Promise<LatencyResult> {
  const host = await startHost()
  const client = windowClient(host)
  try {
    await client.openEvents()

    // (a) Idle: the engine started (sender, scheduler, mailbox reader, heartbeat), nothing to do.
    await sample(client, WARM_UP_CALLS, options.gapMs)
    const idle = await sample(client, options.samples, options.gapMs)

    // (b) Sending: one account, four connections, no delay; sampled once the first message is
    // accepted (creating the campaign and its pre-flight hold the thread before that, and are
    // measured by start_100k_ms, not here).
    const account = await addAccount(client.call, sink.port)
    const campaign = await client.call<{ id: number }>('campaigns.create', {
      name: 'bench latency',
      accountId: account.id,
      subject: SUBJECT,
      html: HTML,
      settings: { delayMs: 0, concurrency: 4, maxAttempts: 3, backoffMs: 0, timeoutMs: 60_000 },
      recipients: recipients(options.recipients),
    })
    let completed = false
    let firstSent: () => void = () => {}
    const sending = new Promise<void>((resolve) => (firstSent = resolve))
    const off = client.onEvent((m) => {
      if (m.name !== 'campaign.progress' || m.payload.campaignId !== campaign.id) return
      if ((m.payload.sent ?? 0) > 0) firstSent()
      if (m.payload.isCompleted) completed = true
    })
    await client.call('campaigns.start', { id: campaign.id })
    let timer: NodeJS.Timeout | undefined
    await Promise.race([
      sending,
      new Promise((_, reject) => {
        timer = setTimeout(
          () => reject(new Error('The latency campaign sent nothing in time')),
          FIRST_SEND_TIMEOUT_MS,
        )
      }),
    ])
    clearTimeout(timer)
    const countBefore = await sink.count()
    const t0 = performance.now()
    const busy = await sample(client, options.samples, options.gapMs, () => completed)
    const seconds = (performance.now() - t0) / 1000
    const sendingRate = ((await sink.count()) - countBefore) / seconds
    off()
    // Whatever is left is not sent: the campaign is cancelled and the host stopped.
    if (!completed) await client.call('campaigns.cancel', { id: campaign.id })

    return {
      idle: stats(idle),
      sending: stats(busy),
      sendingRate,
      completedEarly: completed && busy.length < options.samples,
    }
  } catch (error) {
    throw new Error(
      `${error instanceof Error ? error.message : String(error)}\nhost output:\n${host.output()}`,
      { cause: error },
    )
  } finally {
    client.close()
    await stopHost(host)
  }
}
