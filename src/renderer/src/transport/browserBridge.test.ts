import { afterEach, describe, expect, it, vi } from 'vitest'
import { createBrowserBridge, takeToken } from './browserBridge'

afterEach(() => {
  vi.unstubAllGlobals()
  sessionStorage.clear()
})

describe('takeToken', () => {
  it('takes the token from the fragment, keeps it for the tab, and clears the address bar', () => {
    window.history.replaceState(null, '', '/?x=1#token=abc123')
    expect(takeToken(window.location, window.history, sessionStorage)).toBe('abc123')
    expect(window.location.hash).toBe('')
    expect(window.location.search).toBe('?x=1')
    // A reload has no fragment any more: the tab's copy is used.
    expect(takeToken(window.location, window.history, sessionStorage)).toBe('abc123')
  })
})

describe('the browser bridge', () => {
  it('posts the command with the token and returns the host’s envelope', async () => {
    const fetchMock = vi.fn(
      async () => new Response(JSON.stringify({ ok: true, value: { language: 'ru' } })),
    )
    vi.stubGlobal('fetch', fetchMock)
    const bridge = createBrowserBridge('tok')
    await expect(bridge.settings.update({ language: 'ru' })).resolves.toEqual({
      ok: true,
      value: { language: 'ru' },
    })
    expect(fetchMock).toHaveBeenCalledWith('/api/invoke/settings.update', {
      method: 'POST',
      headers: { Authorization: 'Bearer tok', 'Content-Type': 'application/json' },
      body: JSON.stringify({ input: { language: 'ru' } }),
    })
  })

  it('passes on the host’s own refusal (413, 415) as the envelope it carries', async () => {
    const refusal = {
      ok: false,
      error: {
        code: 'invalid_input',
        message: 'The request is too large: a file can be at most 100 MB',
        reason: 'request.tooLarge',
        params: { maxMb: 100 },
      },
    }
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response(JSON.stringify(refusal), { status: 413 })),
    )
    await expect(
      createBrowserBridge('t').recipients.parse({ dataBase64: 'QUJD' }),
    ).resolves.toEqual(refusal)
  })

  it('answers "unavailable" when the host cannot be reached or answers garbage', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    )
    await expect(createBrowserBridge('t').app.info()).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>proxy error</html>', { status: 502 })),
    )
    await expect(createBrowserBridge('t').app.info()).resolves.toMatchObject({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('502') },
    })
  })
})
