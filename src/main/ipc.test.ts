import { DEFAULT_SETTINGS } from '@engine/settings'
import { describe, expect, it, vi } from 'vitest'
import type { WebContents, WebFrameMain } from 'electron'
import { commandChannels } from '@shared/channels'
import { COMMAND_LIMIT_BYTES } from '@shared/commandLimit'
import { EVENT_CHANNEL } from '@shared/ipc'
import { EngineEvents } from '@engine/events'
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

describe('the size of a command over IPC', () => {
  it('refuses a payload over the command limit with the browser host’s error, before the engine', async () => {
    const { handlers, dispatch } = register(() => true)
    const file = { dataBase64: 'A'.repeat(COMMAND_LIMIT_BYTES) }
    const reply = await handlers.get('recipients.parse')!({ senderFrame: {} }, file)
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'invalid_input',
        message: expect.stringContaining('at most 100 MB'),
        reason: 'request.tooLarge',
        params: { maxMb: 100 },
      },
    })
    expect(dispatch).not.toHaveBeenCalled()
  })

  it('hands on a 100 MB file’s base64, which fits', async () => {
    const { handlers, dispatch } = register(() => true)
    const base64 = 'QUJD'.repeat((100 * 1024 * 1024) / 3)
    await handlers.get('recipients.parse')!({ senderFrame: {} }, { dataBase64: base64 })
    expect(dispatch).toHaveBeenCalledOnce()
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
