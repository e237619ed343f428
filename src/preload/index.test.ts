import { beforeAll, describe, expect, it, vi } from 'vitest'
import { commands } from '@shared/contract'
import { EVENT_CHANNEL } from '@shared/ipc'
import type { OutboxBridge } from '@shared/types'

const exposed = vi.hoisted(() => ({
  worlds: new Map<string, unknown>(),
  listeners: new Map<string, (event: unknown, message: unknown) => void>(),
}))

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.worlds.set(key, api) },
  ipcRenderer: {
    invoke: vi.fn(async (channel: string, input: unknown) => ({
      ok: true,
      value: { channel, input },
    })),
    on: (channel: string, listener: (event: unknown, message: unknown) => void) =>
      exposed.listeners.set(channel, listener),
    removeListener: (channel: string) => exposed.listeners.delete(channel),
  },
}))

let outbox: OutboxBridge
beforeAll(async () => {
  await import('./index')
  outbox = exposed.worlds.get('outbox') as OutboxBridge
})

describe('the preload', () => {
  it('exposes window.outbox and nothing else, with exactly the contract’s keys', () => {
    expect([...exposed.worlds.keys()]).toEqual(['outbox'])
    expect(Object.keys(outbox).sort()).toEqual([...Object.keys(commands), 'on'].sort())
  })

  it('has exactly the contract’s methods in each namespace, each a plain function', () => {
    const bridge = outbox as unknown as Record<string, unknown>
    for (const [namespace, methods] of Object.entries(commands)) {
      const group = bridge[namespace] as Record<string, unknown>
      expect(Object.keys(group).sort(), namespace).toEqual(Object.keys(methods).sort())
      for (const method of Object.values(group)) expect(typeof method).toBe('function')
    }
    expect(typeof outbox.on).toBe('function')
  })

  it('gives the page no way to reach another channel or ipcRenderer itself', async () => {
    const { ipcRenderer } = await import('electron')
    const invoke = vi.mocked(ipcRenderer.invoke)
    invoke.mockClear()
    const bridge = outbox as unknown as Record<string, Record<string, (input: unknown) => unknown>>
    for (const [namespace, methods] of Object.entries(commands)) {
      for (const method of Object.keys(methods)) await bridge[namespace]![method]!({ any: 1 })
    }
    const expected = Object.entries(commands).flatMap(([namespace, methods]) =>
      Object.keys(methods).map((method) => `${namespace}.${method}`),
    )
    expect(invoke.mock.calls.map(([channel]) => channel)).toEqual(expected)
    // Nothing reachable from window.outbox is ipcRenderer or one of its functions.
    const reachable = [
      outbox,
      ...Object.values(outbox),
      ...Object.values(bridge).flatMap(Object.values),
    ]
    for (const value of [ipcRenderer, ipcRenderer.invoke, ipcRenderer.on]) {
      expect(reachable).not.toContain(value)
    }
    expect(() => outbox.on('not.an.event' as never, () => {})).toThrow(/Unknown event/)
  })

  it('carries each command over ipcRenderer.invoke on the command’s channel', async () => {
    const { ipcRenderer } = await import('electron')
    await expect(outbox.settings.update({ language: 'en' })).resolves.toEqual({
      ok: true,
      value: { channel: 'settings.update', input: { language: 'en' } },
    })
    expect(ipcRenderer.invoke).toHaveBeenCalledWith('settings.update', { language: 'en' })
  })

  it('delivers engine events to on() listeners, ignores malformed messages, and unsubscribes', () => {
    const beats: unknown[] = []
    const off = outbox.on('engine.heartbeat', (beat) => beats.push(beat))
    const deliver = exposed.listeners.get(EVENT_CHANNEL)!
    deliver({}, { name: 'engine.heartbeat', payload: { seq: 1, at: 2, uptimeMs: 3 } })
    deliver({}, 'garbage')
    deliver({}, { payload: {} })
    off()
    deliver({}, { name: 'engine.heartbeat', payload: { seq: 2, at: 3, uptimeMs: 4 } })
    expect(beats).toEqual([{ seq: 1, at: 2, uptimeMs: 3 }])
  })
})
