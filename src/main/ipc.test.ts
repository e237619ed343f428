import { DEFAULT_SETTINGS } from './engine/settings'
import { describe, expect, it, vi } from 'vitest'
import type { WebContents, WebFrameMain } from 'electron'
import { commandChannels } from '../shared/channels'
import { EVENT_CHANNEL } from '../shared/ipc'
import { EngineEvents } from './engine/events'
import { forwardEvents, registerCommandHandlers } from './ipc'

type Handler = (event: { senderFrame: unknown }, input: unknown) => unknown

function register(isTrusted: (frame: WebFrameMain | null) => boolean) {
  const handlers = new Map<string, Handler>()
  const dispatch = vi.fn(async (channel: string, input: unknown) => ({
    ok: true as const,
    value: { channel, input },
  }))
  registerCommandHandlers(
    { handle: (ch, h) => handlers.set(ch, h as Handler) },
    dispatch,
    isTrusted,
  )
  return { handlers, dispatch }
}

describe('registerCommandHandlers', () => {
  it('registers exactly one handler per contract command', () => {
    const { handlers } = register(() => true)
    expect([...handlers.keys()].sort()).toEqual([...commandChannels].sort())
  })

  it('hands a trusted sender’s input to the dispatcher, which validates it', async () => {
    const { handlers, dispatch } = register(() => true)
    const reply = await handlers.get('settings.update')!({ senderFrame: {} }, { language: 'ru' })
    expect(dispatch).toHaveBeenCalledWith('settings.update', { language: 'ru' })
    expect(reply).toEqual({
      ok: true,
      value: { channel: 'settings.update', input: { language: 'ru' } },
    })
  })

  it('refuses any other sender without reaching the engine', async () => {
    const { handlers, dispatch } = register(() => false)
    const reply = await handlers.get('app.info')!({ senderFrame: { url: 'https://x' } }, undefined)
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(dispatch).not.toHaveBeenCalled()
  })
})

describe('forwardEvents', () => {
  it('sends each engine event to the open window and skips a destroyed one', () => {
    const events = new EngineEvents()
    const send = vi.fn()
    let destroyed = false
    const contents = { send, isDestroyed: () => destroyed } as unknown as WebContents
    let target: WebContents | null = contents
    const stop = forwardEvents(events, () => target)
    events.emit('settings.changed', { ...DEFAULT_SETTINGS, language: 'en' })
    destroyed = true
    events.emit('settings.changed', { ...DEFAULT_SETTINGS, language: 'ru' })
    target = null
    events.emit('settings.changed', { ...DEFAULT_SETTINGS, language: 'ru' })
    stop()
    destroyed = false
    target = contents
    events.emit('settings.changed', { ...DEFAULT_SETTINGS, language: 'ru' })
    expect(send.mock.calls).toEqual([
      [
        EVENT_CHANNEL,
        { name: 'settings.changed', payload: { ...DEFAULT_SETTINGS, language: 'en' } },
      ],
    ])
  })
})
