import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { desktopCheckFile, runDesktopCheck, type CheckedPage } from './desktopCheck'

const tempDir = useTempDir()

/** A page that finishes loading when told to, and answers scripts with `answer`. */
function fakePage(answer: () => Promise<unknown>) {
  let finish: (() => void) | undefined
  let loading = true
  const page: CheckedPage & { finishLoading(): void; scripts: string[] } = {
    scripts: [],
    isLoading: () => loading,
    getURL: () => (loading ? '' : 'app://outbox/index.html'),
    once: (_event, listener) => (finish = listener),
    executeJavaScript: (code) => {
      page.scripts.push(code)
      return answer()
    },
    finishLoading: () => {
      loading = false
      finish?.()
    },
  }
  return page
}

describe('the desktop self-check', () => {
  it('runs only when OUTBOX_DESKTOP_CHECK names a report file', () => {
    expect(desktopCheckFile({})).toBeUndefined()
    expect(desktopCheckFile({ OUTBOX_DESKTOP_CHECK: '/tmp/r.json' })).toBe('/tmp/r.json')
  })

  it('waits for the window, asks window.outbox.app.info() in the page, writes it and quits', async () => {
    const reportFile = join(tempDir(), 'report.json')
    const info = { ok: true, value: { host: 'electron' } }
    const page = fakePage(async () => info)
    const quit = vi.fn()
    const done = runDesktopCheck({
      page,
      sqliteBinding: '/x/better_sqlite3.node',
      reportFile,
      quit,
    })
    expect(page.scripts).toEqual([])
    page.finishLoading()
    await done
    expect(page.scripts).toEqual(['window.outbox.app.info()'])
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toEqual({
      loadedUrl: 'app://outbox/index.html',
      answer: info,
      electronVersion: '',
      runtimeAbi: process.versions.modules,
      sqliteBinding: '/x/better_sqlite3.node',
    })
    expect(quit).toHaveBeenCalledOnce()
  })

  it('reports a page whose bridge fails, and still quits', async () => {
    const reportFile = join(tempDir(), 'report.json')
    const page = fakePage(async () => {
      throw new Error('window.outbox is undefined')
    })
    const quit = vi.fn()
    page.finishLoading()
    await runDesktopCheck({ page, sqliteBinding: '/x', reportFile, quit })
    expect(JSON.parse(readFileSync(reportFile, 'utf8'))).toMatchObject({
      answer: null,
      error: 'window.outbox is undefined',
    })
    expect(quit).toHaveBeenCalledOnce()
  })

  it('gives up on a window that never loads, and says so', async () => {
    vi.useFakeTimers()
    try {
      const reportFile = join(tempDir(), 'report.json')
      const quit = vi.fn()
      const done = runDesktopCheck({
        page: fakePage(async () => ({})),
        sqliteBinding: '/x',
        reportFile,
        quit,
        timeoutMs: 5_000,
      })
      await vi.advanceTimersByTimeAsync(5_000)
      await done
      expect(JSON.parse(readFileSync(reportFile, 'utf8')).error).toBe(
        'the window never loaded within 5 s',
      )
      expect(quit).toHaveBeenCalledOnce()
    } finally {
      vi.useRealTimers()
    }
  })
})
