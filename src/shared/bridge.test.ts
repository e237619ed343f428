import { describe, expect, it, vi } from 'vitest'
import { createOutboxBridge, createOutboxClient, type Transport } from './bridge'
import { commandChannels } from './channels'
import { commands } from './contract'
import { OutboxError } from './errors'

function fakeTransport(reply: (channel: string, input: unknown) => unknown) {
  let emit: (name: string, payload: unknown) => void = () => {}
  const transport: Transport = {
    invoke: vi.fn(async (channel, input) => reply(channel, input) as never),
    listen: vi.fn((listener) => {
      emit = listener
      return () => (emit = () => {})
    }),
  }
  return { transport, emit: (name: string, payload: unknown) => emit(name, payload) }
}

describe('the bridge built from the contract', () => {
  it('has one method per command, grouped by namespace, and on()', () => {
    const bridge = createOutboxBridge(fakeTransport(() => null).transport)
    expect(Object.keys(bridge).sort()).toEqual([...Object.keys(commands), 'on'].sort())
    for (const channel of commandChannels) {
      const [namespace, method] = channel.split('.') as [string, string]
      expect(typeof (bridge as never)[namespace][method]).toBe('function')
    }
  })

  it('invokes the channel with the input and answers with the envelope', async () => {
    const { transport } = fakeTransport((channel, input) => ({
      ok: true,
      value: { channel, input },
    }))
    const bridge = createOutboxBridge(transport)
    await expect(bridge.settings.update({ language: 'ru' })).resolves.toEqual({
      ok: true,
      value: { channel: 'settings.update', input: { language: 'ru' } },
    })
  })

  it('delivers events by name, opens the stream once, and unsubscribes', () => {
    const { transport, emit } = fakeTransport(() => null)
    const bridge = createOutboxBridge(transport)
    const beats: unknown[] = []
    const changes: unknown[] = []
    const off = bridge.on('engine.heartbeat', (beat) => beats.push(beat))
    bridge.on('settings.changed', (s) => changes.push(s))
    emit('engine.heartbeat', { seq: 1, at: 5, uptimeMs: 5 })
    emit('settings.changed', { language: 'en' })
    off()
    emit('engine.heartbeat', { seq: 2, at: 6, uptimeMs: 6 })
    expect(beats).toEqual([{ seq: 1, at: 5, uptimeMs: 5 }])
    expect(changes).toEqual([{ language: 'en' }])
    expect(transport.listen).toHaveBeenCalledTimes(1)
  })

  it('refuses to subscribe to an event the contract does not have', () => {
    const bridge = createOutboxBridge(fakeTransport(() => null).transport)
    expect(() => bridge.on('no.such' as never, () => {})).toThrow(/Unknown event "no.such"/)
  })
})

describe('the client', () => {
  it('resolves with the value of an ok envelope', async () => {
    const { transport } = fakeTransport(() => ({ ok: true, value: { language: 'ru' } }))
    const client = createOutboxClient(createOutboxBridge(transport))
    await expect(client.settings.get()).resolves.toEqual({ language: 'ru' })
  })

  it('throws an OutboxError that keeps the code and details of a failed envelope', async () => {
    const { transport } = fakeTransport(() => ({
      ok: false,
      error: { code: 'invalid_input', message: 'bad', details: [{ path: ['language'] }] },
    }))
    const client = createOutboxClient(createOutboxBridge(transport))
    const error = await client.settings.update({ language: 'en' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(OutboxError)
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'bad',
      details: [{ path: ['language'] }],
    })
  })
})
