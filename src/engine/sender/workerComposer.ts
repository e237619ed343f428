/**
 * Builds queued messages in a worker thread (composeWorker.ts), so rendering and MIME — the
 * largest part of a message's CPU time — leave the engine's thread, which in the desktop app
 * is Electron's main process. Should the worker fail to start or die, every message it held
 * and every later one is built in the engine's thread instead: slower, never lost.
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
  if (!entry.typescript) return new Worker(entry.file)
  // A loader given by --import does not reach a worker's own entry on Node 20: register it here.
  const bootstrap = `require('tsx/cjs'); require(${JSON.stringify(entry.file)})`
  return new Worker(bootstrap, { eval: true })
}

export function createWorkerComposer(
  entry: ComposeWorkerEntry,
  onFailure: (error: Error) => void = () => {},
): MessageComposer {
  let worker: Worker | null = null
  const waiting = new Map<number, Waiting>()
  let nextId = 1
  /** The contexts the worker holds, in the order it will give them up. */
  const given = new Map<string, true>()
  /** Images and attachments are read once per campaign version: their identity names them. */
  const filesIds = new WeakMap<object, number>()
  let nextFilesId = 1
  let settleReady: (inWorker: boolean) => void = () => {}
  const ready = new Promise<boolean>((resolve) => (settleReady = resolve))

  const inThread = (w: Waiting) => composeMessage(w.input).then(w.resolve, w.reject)

  function fail(error: Error): void {
    settleReady(false)
    if (!worker) return
    worker = null
    onFailure(error)
    const held = [...waiting.values()]
    waiting.clear()
    held.forEach(inThread)
  }

  try {
    worker = startWorker(entry)
    worker.unref() // a quitting app does not wait for it
    worker.on('message', (reply: ComposeReply) => {
      if ('ready' in reply) return settleReady(true)
      const w = waiting.get(reply.id)
      if (!w) return
      waiting.delete(reply.id)
      if (reply.ok) w.resolve(asBuffer(reply.raw))
      else w.reject(errorOf(reply.failure))
    })
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`The compose worker stopped (exit code ${code})`)))
  } catch (error) {
    worker = null
    settleReady(false)
    onFailure(error instanceof Error ? error : new Error(String(error)))
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

  return {
    compose(input) {
      return new Promise<Buffer>((resolve, reject) => {
        const w = { input, resolve, reject }
        if (!worker) return void inThread(w)
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
        try {
          worker.postMessage(request)
        } catch {
          // A value that cannot cross (it should not happen): this one is built here.
          waiting.delete(id)
          given.delete(key)
          void inThread(w)
        }
      })
    },
    inWorker: () => ready,
    async close() {
      settleReady(false)
      const closing = worker
      worker = null
      given.clear()
      await closing?.terminate()
      const held = [...waiting.values()]
      waiting.clear()
      held.forEach(inThread)
    },
  }
}
