/**
 * Every command of the contract, through the real IPC glue, the real sender check and the real
 * dispatcher: a frame that is not the app's own top-level page is refused, and a malformed
 * input is refused, both before any engine handler runs.
 */
import { describe, expect, it } from 'vitest'
import type { WebFrameMain } from 'electron'
import { commandChannels } from '@shared/channels'
import { commands } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import { createDispatch, type Handlers } from '@engine/dispatch'
import { registerCommandHandlers } from './ipc'
import { APP_ORIGIN, APP_URL } from './protocol'
import { isTrustedSender } from './security'

type Frame = Pick<WebFrameMain, 'url' | 'parent'> | null
type Handler = (event: { senderFrame: Frame }, input: unknown) => Promise<unknown>

function registerAll() {
  const reached: string[] = []
  // Every engine handler records that it was reached (and answers with a known error).
  const handlers = Object.fromEntries(
    Object.entries(commands).map(([namespace, methods]) => [
      namespace,
      Object.fromEntries(
        Object.keys(methods).map((method) => [
          method,
          () => {
            reached.push(`${namespace}.${method}`)
            throw new OutboxError('conflict', 'a stub engine')
          },
        ]),
      ),
    ]),
  ) as unknown as Handlers
  const ipc = new Map<string, Handler>()
  registerCommandHandlers(
    { handle: (channel, handler) => void ipc.set(channel, handler as unknown as Handler) },
    createDispatch(handlers),
    (frame) => isTrustedSender(frame, [APP_ORIGIN]),
  )
  return { ipc, reached }
}

const appTop: Frame = { url: APP_URL, parent: null }
const untrusted: Record<string, Frame> = {
  'an iframe of the app': { url: APP_URL, parent: appTop as WebFrameMain },
  'an iframe elsewhere': { url: 'https://ads.example/', parent: appTop as WebFrameMain },
  'a foreign top-level page': { url: 'https://evil.example/index.html', parent: null },
  'another app:// host': { url: 'app://evil/index.html', parent: null },
  'a file:// page': { url: 'file:///home/user/index.html', parent: null },
  'an opaque srcdoc frame': { url: 'about:srcdoc', parent: appTop as WebFrameMain },
  'a destroyed frame': null,
}

/** Inputs no command accepts: wrong types, and an object with a field the contract does not name. */
const malformed: unknown[] = [42, 'text', [], true, { notInTheContract: 1 }]

describe('every IPC command', () => {
  it('is registered, one handler per contract command', () => {
    const { ipc } = registerAll()
    expect([...ipc.keys()].sort()).toEqual([...commandChannels].sort())
    expect(commandChannels.length).toBeGreaterThan(40)
  })

  it('refuses any sender that is not the app’s own top-level page', async () => {
    const { ipc, reached } = registerAll()
    for (const channel of commandChannels) {
      for (const [who, senderFrame] of Object.entries(untrusted)) {
        const reply = await ipc.get(channel)!({ senderFrame }, undefined)
        expect(reply, `${channel} from ${who}`).toMatchObject({
          ok: false,
          error: { code: 'forbidden' },
        })
      }
    }
    expect(reached).toEqual([])
  })

  it('refuses a malformed input from the app’s own page before the engine sees it', async () => {
    const { ipc, reached } = registerAll()
    for (const channel of commandChannels) {
      for (const input of malformed) {
        const reply = await ipc.get(channel)!({ senderFrame: appTop }, input)
        expect(reply, `${channel} with ${JSON.stringify(input)}`).toMatchObject({
          ok: false,
          error: { code: 'invalid_input' },
        })
      }
    }
    expect(reached).toEqual([])
  })

  it('lets the app’s own page through to the engine (so the refusals above mean something)', async () => {
    const { ipc, reached } = registerAll()
    const reply = await ipc.get('app.info')!({ senderFrame: appTop }, undefined)
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'conflict', message: 'a stub engine' },
    })
    expect(reached).toEqual(['app.info'])
  })
})
