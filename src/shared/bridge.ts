/**
 * Builds `window.outbox` and the renderer's client from the contract, over any transport
 * (Electron IPC in the preload, HTTP + server-sent events in the browser host).
 */
import { commands } from './contract'
import { isEventName } from './channels'
import { OutboxError } from './errors'
import type { Envelope, EventName, EventPayload, OutboxBridge, OutboxClient } from './types'

export interface Transport {
  invoke(channel: string, input: unknown): Promise<Envelope<unknown>>
  /** One stream carries every event; returns an unsubscribe. */
  listen(listener: (name: string, payload: unknown) => void): () => void
}

type AnyMethod = (input: unknown) => Promise<unknown>

function mapCommands(call: (channel: string, input: unknown) => Promise<unknown>) {
  const api: Record<string, Record<string, AnyMethod>> = {}
  for (const [namespace, methods] of Object.entries(commands)) {
    const group: Record<string, AnyMethod> = {}
    for (const method of Object.keys(methods)) {
      const channel = `${namespace}.${method}`
      group[method] = (input: unknown) => call(channel, input)
    }
    api[namespace] = group
  }
  return api
}

/** A fan-out of one event stream to per-event listeners; `on` returns its unsubscribe. */
function eventHub(transport: Transport) {
  const listeners = new Map<string, Set<(payload: never) => void>>()
  let stop: (() => void) | undefined
  return function on<E extends EventName>(name: E, listener: (payload: EventPayload<E>) => void) {
    if (!isEventName(name))
      throw new OutboxError('unknown_command', `Unknown event "${String(name)}"`)
    stop ??= transport.listen((eventName, payload) => {
      for (const l of listeners.get(eventName) ?? []) l(payload as never)
    })
    const set = listeners.get(name) ?? new Set()
    listeners.set(name, set)
    set.add(listener)
    return () => {
      set.delete(listener)
    }
  }
}

export function createOutboxBridge(transport: Transport): OutboxBridge {
  const on = eventHub(transport)
  return { ...mapCommands(transport.invoke.bind(transport)), on } as unknown as OutboxBridge
}

/** Unwraps envelopes: resolves with the value, or throws an OutboxError with its code. */
export function createOutboxClient(bridge: OutboxBridge): OutboxClient {
  const raw = bridge as unknown as Record<string, Record<string, AnyMethod>>
  const api = mapCommands(async (channel, input) => {
    const [namespace, method] = channel.split('.') as [string, string]
    const reply = (await raw[namespace]![method]!(input)) as Envelope<unknown>
    if (!reply.ok) throw OutboxError.fromPayload(reply.error)
    return reply.value
  })
  return { ...api, on: bridge.on } as unknown as OutboxClient
}
