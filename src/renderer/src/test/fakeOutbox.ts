/** An in-memory host for window tests: the real bridge and client over a scripted transport. */
import { vi } from 'vitest'
import { createOutboxBridge, createOutboxClient } from '@shared/bridge'
import type { Envelope, EventMessage, EventPayload } from '@shared/types'

export const sampleInfo = {
  name: 'Outbox',
  version: '1.2.3',
  dataDir: '/home/ann/.config/Outbox',
  host: 'browser' as const,
  platform: 'linux',
  nodeVersion: '20.20.2',
  sqliteVersion: '3.53.2',
  schemaVersion: 1,
}

export const sampleSettings: EventPayload<'settings.changed'> = {
  language: null,
  theme: 'system',
  retryDefaults: { maxAttempts: 3, backoffMs: 60_000, timeoutMs: 120_000 },
  protection: { enabled: true, permanentFailurePercent: 5 },
  mailbox: { pollSeconds: 60, softBounceCampaigns: 3 },
  desktop: {
    startAtLogin: false,
    keepAwake: true,
    notifyCompleted: true,
    notifyPaused: true,
    notifyAccountError: true,
  },
}

export function fakeOutbox(replies: Record<string, (input: unknown) => Envelope<unknown>> = {}) {
  let deliver: (name: string, payload: unknown) => void = () => {}
  let settings: EventPayload<'settings.changed'> = { ...sampleSettings }
  const defaults: Record<string, (input: unknown) => Envelope<unknown>> = {
    'app.info': () => ({ ok: true, value: sampleInfo }),
    'settings.get': () => ({ ok: true, value: settings }),
    'engine.status': () => ({ ok: true, value: { held: [], heldSince: null, recovered: [] } }),
    // The start dialog runs it beside the pre-flight; tests that look at it give their own.
    'campaigns.senderCheck': () => ({ ok: true, value: { findings: [], checkedAt: 0 } }),
    // The mailbox reader: nothing read back unless a test says otherwise.
    'mailbox.messages': () => ({ ok: true, value: { total: 0, items: [] } }),
    'mailbox.checkNow': () => ({ ok: true, value: { accounts: 1 } }),
    'settings.update': (input) => {
      settings = { ...settings, ...(input as object) }
      return { ok: true, value: settings }
    },
  }
  const invoke = vi.fn(async (channel: string, input: unknown) =>
    ({ ...defaults, ...replies })[channel]!(input),
  )
  const client = createOutboxClient(
    createOutboxBridge({
      invoke,
      listen: (listener) => {
        deliver = listener
        return () => (deliver = () => {})
      },
    }),
  )
  return { client, invoke, emit: (m: EventMessage) => deliver(m.name, m.payload) }
}
