/**
 * The compose worker's entry: renders and builds queued messages off the engine's thread. Holds
 * the last few campaigns' contexts; never touches the database or the network.
 */
import { parentPort } from 'node:worker_threads'
import { composeMessage } from './compose'
import {
  asBuffer,
  CONTEXTS_KEPT,
  failureOnTheWire,
  type ComposeContext,
  type ComposeReply,
  type ComposeRequest,
} from './composeProtocol'

const contexts = new Map<string, ComposeContext>()

function remember(key: string, context: ComposeContext): void {
  contexts.delete(key)
  contexts.set(key, {
    ...context,
    images: context.images.map((i) => ({ ...i, content: asBuffer(i.content) })),
    attachments: context.attachments.map((a) => ({ ...a, content: asBuffer(a.content) })),
  })
  if (contexts.size > CONTEXTS_KEPT) contexts.delete(contexts.keys().next().value!)
}

async function compose(request: ComposeRequest): Promise<ComposeReply> {
  try {
    if (request.context) remember(request.key, request.context)
    const context = contexts.get(request.key)
    if (!context) throw new Error(`The compose worker has no context "${request.key}"`)
    const raw = await composeMessage({
      ...context,
      recipient: request.recipient,
      to: request.to,
      messageId: request.messageId,
      date: new Date(request.date),
      ...(request.dkim && { dkim: request.dkim }),
    })
    return { id: request.id, ok: true, raw }
  } catch (error) {
    return { id: request.id, ok: false, failure: failureOnTheWire(error) }
  }
}

parentPort!.on('message', (request: ComposeRequest) => {
  void compose(request).then((reply) => parentPort!.postMessage(reply))
})
parentPort!.postMessage({ ready: true } satisfies ComposeReply)
