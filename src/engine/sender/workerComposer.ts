/**
 * Builds queued messages in a worker thread (composeWorker.ts), so rendering and MIME — the
 * largest part of a message's CPU time — leave the engine's thread, which in the desktop app
 * is Electron's main process. The worker starts with the first message and ends after
 * IDLE_MS without one: an app that is not sending does not carry it. Until it has loaded, and
 * for good once it has failed, messages are built in the engine's thread: slower, never lost.
 */
import { Worker } from 'node:worker_threads'
import type { ComposeInput } from './compose'
import { composeMessage } from './compose'
import {
  asBuffer,
  CONTEXTS_KEPT,
  errorOf,
  type ComposeReply,
  type ComposeRequest,
} from './composeProtocol'
import type { MessageComposer } from './composer'

/** A worker with no message to build for this long is ended; the next message starts one. */
export const IDLE_MS = 5 * 60_000

/**
 * The worker's heap: a small young generation and a bounded old one keep its memory near
 * its code's (images and attachments live outside the heap). Should it run out, it dies and
 * its messages are built in the engine's thread.
 */
const RESOURCE_LIMITS = { maxYoungGenerationSizeMb: 4, maxOldGenerationSizeMb: 128 }

interface Waiting {
  input: ComposeInput
  resolve: (raw: Buffer) => void
  reject: (error: unknown) => void
}

/** Where the worker's code is; a TypeScript source is loaded through tsx's require hook. */
export interface ComposeWorkerEntry {
  file: string
  typescript?: boolean
}

function startWorker(entry: ComposeWorkerEntry): Worker {
  const options = { resourceLimits: RESOURCE_LIMITS }
  if (!entry.typescript) return new Worker(entry.file, options)
  // A loader given by --import does not reach a worker's own entry on Node 20: register it here.
  const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(entry.file)})`
  return new Worker(bootstrap, { ...options, eval: true })
}

/** One started worker: whether it has loaded its code, and the promise that says so. */
interface Running {
  worker: Worker
  loaded: boolean
  ready: Promise<boolean>
}

export interface WorkerComposer extends MessageComposer {
  /** How many workers it has started: one per stretch of sending. */
  readonly workersStarted: number
}

export function createWorkerComposer(
  entry: ComposeWorkerEntry,
  onFailure: (error: Error) => void = () => {},
): WorkerComposer {
  let current: Running | null = null
  let workersStarted = 0
  /** A worker failed once: this composer builds in the engine's thread from then on. */
  let failed = false
  let closed = false
  let idleTimer: NodeJS.Timeout | undefined
  const waiting = new Map<number, Waiting>()
  let nextId = 1
  /** The contexts the current worker holds, in the order it will give them up. */
  const given = new Map<string, true>()
  /** Images and attachments are read once per campaign version: their identity names them. */
  const filesIds = new WeakMap<object, number>()
  let nextFilesId = 1

  const inThread = (w: Waiting) => composeMessage(w.input).then(w.resolve, w.reject)

  /** Every message the worker held is built here instead. */
  function takeBack(): void {
    const held = [...waiting.values()]
    waiting.clear()
    held.forEach(inThread)
  }

  function start(): Running | null {
    if (current || failed || closed) return current
    let settle!: (loaded: boolean) => void
    const ready = new Promise<boolean>((resolve) => (settle = resolve))
    let worker: Worker
    try {
      worker = startWorker(entry)
    } catch (error) {
      failed = true
      onFailure(error instanceof Error ? error : new Error(String(error)))
      return null
    }
    workersStarted++
    const run: Running = { worker, loaded: false, ready }
    const lost = (error: Error) => {
      settle(false)
      if (current !== run) return // ended on purpose (idle, close)
      current = null
      failed = true
      given.clear()
      onFailure(error)
      takeBack()
    }
    worker.unref() // a quitting app does not wait for it
    worker.on('message', (reply: ComposeReply) => {
      if ('ready' in reply) {
        run.loaded = true
        return settle(true)
      }
      const w = waiting.get(reply.id)
      if (!w) return
      waiting.delete(reply.id)
      if (reply.ok) w.resolve(asBuffer(reply.raw))
      else w.reject(errorOf(reply.failure))
      if (waiting.size === 0) armIdle()
    })
    worker.on('error', lost)
    worker.on('exit', (code) => lost(new Error(`The compose worker stopped (exit code ${code})`)))
    current = run
    return run
  }

  function armIdle(): void {
    clearTimeout(idleTimer)
    idleTimer = setTimeout(() => {
      const run = current
      if (!run || waiting.size > 0) return
      current = null
      given.clear()
      void run.worker.terminate()
    }, IDLE_MS)
    idleTimer.unref()
  }

  function keyOf(input: ComposeInput): string {
    let files = filesIds.get(input.images)
    if (files === undefined) filesIds.set(input.images, (files = nextFilesId++))
    const { campaign, account } = input
    return [
      campaign.id,
      campaign.updated_at,
      account.id,
      account.updated_at,
      input.readAddress,
      files,
    ].join('/')
  }

  function post(run: Running, w: Waiting): void {
    const { input } = w
    const id = nextId++
    const key = keyOf(input)
    const known = given.has(key)
    if (!known) {
      given.set(key, true)
      if (given.size > CONTEXTS_KEPT) given.delete(given.keys().next().value!)
    }
    const request: ComposeRequest = {
      id,
      key,
      ...(!known && {
        context: {
          campaign: input.campaign,
          account: input.account,
          readAddress: input.readAddress,
          images: input.images,
          attachments: input.attachments,
        },
      }),
      recipient: input.recipient,
      to: input.to,
      messageId: input.messageId,
      date: input.date.getTime(),
      dkim: input.dkim ?? null,
    }
    waiting.set(id, w)
    clearTimeout(idleTimer)
    try {
      run.worker.postMessage(request)
    } catch {
      // A value that cannot cross (it should not happen): this one is built here.
      waiting.delete(id)
      given.delete(key)
      void inThread(w)
    }
  }

  return {
    get workersStarted() {
      return workersStarted
    },
    compose(input) {
      return new Promise<Buffer>((resolve, reject) => {
        const w = { input, resolve, reject }
        const run = start()
        // Not loaded yet (a resume, the first message): built here, nobody waits for it.
        if (!run?.loaded) return void inThread(w)
        post(run, w)
      })
    },
    inWorker() {
      return start()?.ready ?? Promise.resolve(false)
    },
    async close() {
      closed = true
      clearTimeout(idleTimer)
      const run = current
      current = null
      given.clear()
      await run?.worker.terminate()
      takeBack()
    },
  }
}
