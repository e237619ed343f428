import { beforeAll, describe, expect, it, vi } from 'vitest'
import { commands } from '../shared/contract'
import { EVENT_CHANNEL } from '../shared/ipc'
import type { OutboxBridge } from '../shared/types'

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
