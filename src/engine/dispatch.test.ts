import { DEFAULT_SETTINGS } from './settings'
import { describe, expect, it, vi } from 'vitest'
import { OutboxError } from '@shared/errors'
import { createDispatch, type Handlers } from './dispatch'

const info = {
  name: 'Outbox',
  version: '1.2.3',
  dataDir: '/data',
  host: 'browser' as const,
  platform: 'linux',
  nodeVersion: '20',
  sqliteVersion: '3',
  schemaVersion: 1,
}

function handlers(overrides: Partial<Handlers['settings']> = {}): Handlers {
  // Only the namespaces these tests call; the rest of the engine is tested elsewhere.
  return {
    app: { info: () => info },
    settings: {
      get: () => DEFAULT_SETTINGS,
      update: (patch) => ({ ...DEFAULT_SETTINGS, ...patch }),
      ...overrides,
    },
  } as Partial<Handlers> as Handlers
}

describe('dispatch', () => {
  it('answers a valid command with its value', async () => {
    const dispatch = createDispatch(handlers())
    expect(await dispatch('app.info', undefined)).toEqual({ ok: true, value: info })
  })

  it('refuses a command the contract does not have', async () => {
    const reply = await createDispatch(handlers())('app.shutdown', undefined)
    expect(reply).toMatchObject({ ok: false, error: { code: 'unknown_command' } })
  })

  it('refuses invalid input before the handler runs, saying what is wrong', async () => {
    const update = vi.fn()
    const dispatch = createDispatch(handlers({ update }))
    const reply = await dispatch('settings.update', { language: 'de' })
    expect(update).not.toHaveBeenCalled()
    expect(reply).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', details: [{ path: ['language'] }] },
    })
    const extra = await dispatch('settings.update', { language: 'en', admin: true })
    expect(extra).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('strips any field the contract does not name from the answer', async () => {
    const leaky = handlers({
      get: () => ({ ...DEFAULT_SETTINGS, language: 'en', smtpPassword: 'hunter2' }) as never,
    })
    const reply = await createDispatch(leaky)('settings.get', undefined)
    expect(reply).toEqual({ ok: true, value: { ...DEFAULT_SETTINGS, language: 'en' } })
    expect(JSON.stringify(reply)).not.toContain('hunter2')
  })

  it('passes an OutboxError through with its code', async () => {
    const dispatch = createDispatch(
      handlers({
        get: () => {
          throw new OutboxError('conflict', 'busy')
        },
      }),
    )
    expect(await dispatch('settings.get', undefined)).toEqual({
      ok: false,
      error: { code: 'conflict', message: 'busy' },
    })
  })

  it('turns an unexpected failure into an internal error', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const dispatch = createDispatch(
      handlers({
        get: () => {
          throw new Error('disk I/O error')
        },
      }),
    )
    expect(await dispatch('settings.get', undefined)).toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('disk I/O error') },
    })
  })
})
