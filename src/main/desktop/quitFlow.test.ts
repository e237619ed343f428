import { describe, expect, it, vi } from 'vitest'
import { OS_SHUTDOWN_GRACE_MS, QuitFlow, type QuitFlowShellPorts } from './quitFlow'
import type { QuitAnswer } from './quitPlan'

/**
 * A stand-in for Electron's app: quit() emits 'before-quit' synchronously, as Electron does,
 * and really quits only if no listener prevented it.
 */
function harness(
  options: { sending?: number[]; answer?: QuitAnswer; platform?: NodeJS.Platform } = {},
) {
  const log: string[] = []
  const app = { quitCalls: 0, exited: false }
  let stopDone: () => void = () => {}
  const shutDown = vi.fn(
    (_graceMs?: number) =>
      new Promise<void>((resolve) => {
        log.push('engine.stop')
        stopDone = () => {
          log.push('db.close')
          resolve()
        }
      }),
  )
  const flow: QuitFlow = new QuitFlow({
    platform: options.platform ?? 'linux',
    shutDown,
    quitApp: () => {
      app.quitCalls++
      if (app.quitCalls > 5) throw new Error('quit loops')
      let prevented = false
      flow.beforeQuit({ preventDefault: () => (prevented = true) })
      if (!prevented) {
        app.exited = true
        log.push('exit')
      }
    },
  })
  let sending = options.sending ?? []
  const shell: QuitFlowShellPorts = {
    sendingCampaigns: vi.fn(async () => sending),
    ask: vi.fn(async () => options.answer ?? 'cancel'),
    hideWindow: vi.fn(() => log.push('hide')),
    pause: vi.fn(async (id: number) => {
      log.push(`pause ${id}`)
      sending = sending.filter((s) => s !== id)
    }),
  }
  flow.attach(shell)
  const closeWindow = () => {
    const event = { preventDefault: vi.fn() }
    flow.windowClosing(event)
    return event
  }
  const quit = () => {
    const event = { preventDefault: vi.fn() }
    flow.beforeQuit(event)
    return event
  }
  return { flow, shell, log, app, closeWindow, quit, shutDown, finishStop: () => stopDone() }
}

const settle = () => new Promise((r) => setImmediate(r))

describe('QuitFlow', () => {
  it('nothing sending: holds the first before-quit, stops the engine, then quits once without looping', async () => {
    const h = harness()
    const first = h.quit()
    expect(first.preventDefault).toHaveBeenCalled()
    await settle()
    expect(h.log).toEqual(['engine.stop'])
    expect(h.app.exited).toBe(false)
    h.finishStop()
    await settle()
    expect(h.log).toEqual(['engine.stop', 'db.close', 'exit'])
    expect(h.app.quitCalls).toBe(1)
    expect(h.shell.ask).not.toHaveBeenCalled()
  })

  it('closing the window with nothing sending quits (Windows, Linux)', async () => {
    const h = harness()
    expect(h.closeWindow().preventDefault).toHaveBeenCalled()
    await settle()
    h.finishStop()
    await settle()
    expect(h.app.exited).toBe(true)
    // The windows Electron closes on the way out are let go.
    expect(h.closeWindow().preventDefault).not.toHaveBeenCalled()
  })

  it('"Pause and quit" pauses each sending campaign before the engine stops', async () => {
    const h = harness({ sending: [3, 8], answer: 'pause-and-quit' })
    h.closeWindow()
    await settle()
    expect(h.shell.ask).toHaveBeenCalledWith(2)
    expect(h.log).toEqual(['pause 3', 'pause 8', 'engine.stop'])
    h.finishStop()
    await settle()
    expect(h.log).toEqual(['pause 3', 'pause 8', 'engine.stop', 'db.close', 'exit'])
  })

  it('goes on quitting when a pause is refused (the campaign finished meanwhile)', async () => {
    const h = harness({ sending: [3], answer: 'pause-and-quit' })
    vi.mocked(h.shell.pause).mockRejectedValueOnce(new Error('conflict'))
    h.quit()
    await settle()
    h.finishStop()
    await settle()
    expect(h.app.exited).toBe(true)
  })

  it('"Keep sending" hides the window; the engine goes on and the app stays', async () => {
    const h = harness({ sending: [3], answer: 'keep-sending' })
    h.quit()
    await settle()
    expect(h.log).toEqual(['hide'])
    expect(h.app.quitCalls).toBe(0)
    // Asked again next time, and this time Cancel.
    vi.mocked(h.shell.ask).mockResolvedValueOnce('cancel')
    h.closeWindow()
    await settle()
    expect(h.shell.ask).toHaveBeenCalledTimes(2)
    expect(h.log).toEqual(['hide'])
  })

  it('"Cancel" leaves everything as it was', async () => {
    const h = harness({ sending: [3], answer: 'cancel' })
    h.closeWindow()
    await settle()
    expect(h.log).toEqual([])
    expect(h.app.quitCalls).toBe(0)
  })

  it('asks once however many quit requests arrive while the question is open', async () => {
    const h = harness({ sending: [3] })
    let answer: (a: QuitAnswer) => void = () => {}
    vi.mocked(h.shell.ask).mockImplementationOnce(() => new Promise((r) => (answer = r)))
    h.closeWindow()
    await settle()
    expect(h.quit().preventDefault).toHaveBeenCalled()
    expect(h.closeWindow().preventDefault).toHaveBeenCalled()
    await settle()
    expect(h.shell.ask).toHaveBeenCalledTimes(1)
    answer('pause-and-quit')
    await settle()
    h.finishStop()
    await settle()
    expect(h.log).toEqual(['pause 3', 'engine.stop', 'db.close', 'exit'])
  })

  it('macOS: closing the window hides it without asking, even while sending', async () => {
    const h = harness({ sending: [3], platform: 'darwin' })
    h.closeWindow()
    await settle()
    expect(h.log).toEqual(['hide'])
    expect(h.shell.ask).not.toHaveBeenCalled()
  })

  it('before the shell is attached (start-up), quits without asking', async () => {
    const log: string[] = []
    const flow: QuitFlow = new QuitFlow({
      platform: 'linux',
      shutDown: async () => void log.push('shut down'),
      quitApp: () => log.push('quit'),
    })
    await flow.request('quit')
    expect(log).toEqual(['shut down', 'quit'])
  })

  it('quits even when the engine fails to stop cleanly', async () => {
    const quitApp = vi.fn()
    const flow = new QuitFlow({
      platform: 'linux',
      shutDown: async () => {
        throw new Error('disk gone')
      },
      quitApp,
    })
    vi.spyOn(console, 'error').mockImplementation(() => {})
    await flow.request('quit')
    expect(quitApp).toHaveBeenCalledOnce()
  })

  it('quitNow skips the question (the OS is shutting down) and runs once', async () => {
    const h = harness({ sending: [3] })
    const now = h.flow.quitNow()
    void h.flow.quitNow()
    await settle()
    h.finishStop()
    await now
    expect(h.shell.ask).not.toHaveBeenCalled()
    expect(h.log).toEqual(['engine.stop', 'db.close', 'exit'])
    // The OS waits seconds, not the engine's full bound: in-flight sends get a short grace.
    expect(h.shutDown).toHaveBeenCalledWith(OS_SHUTDOWN_GRACE_MS)
  })
})
