/**
 * The one way out of the app. Window close, Quit from the menu or the tray, ⌘Q and the OS all
 * arrive here (the window's 'close' event and app 'before-quit'); `quitPlan` decides, this
 * carries it out. The orderly shutdown (engine.stop, then the database closes) runs once, and
 * only after it does the app really quit: the second 'before-quit' then passes through.
 */
import { quitPlan, type QuitAnswer, type QuitStep, type QuitTrigger } from './quitPlan'

export interface QuitFlowPorts {
  platform: NodeJS.Platform
  /** engine.stop() (in-flight sends get `graceMs`, or the engine's own bound), then the database closes. */
  shutDown(graceMs?: number): Promise<void>
  /** app.quit(). */
  quitApp(): void
}

/** Known once the engine and the window exist. */
export interface QuitFlowShellPorts {
  sendingCampaigns(): Promise<number[]>
  ask(sending: number): Promise<QuitAnswer>
  hideWindow(): void
  pause(campaignId: number): Promise<void>
}

interface Preventable {
  preventDefault(): void
}

type State = 'idle' | 'deciding' | 'stopping' | 'done'

/** In-flight sends' grace when the OS shuts down: well inside what it waits for an app. */
export const OS_SHUTDOWN_GRACE_MS = 3000

const noShell: QuitFlowShellPorts = {
  sendingCampaigns: async () => [],
  ask: async () => 'cancel',
  hideWindow: () => {},
  pause: async () => {},
}

export class QuitFlow {
  private state: State = 'idle'
  private shell: QuitFlowShellPorts = noShell

  constructor(private readonly ports: QuitFlowPorts) {}

  attach(shell: QuitFlowShellPorts): void {
    this.shell = shell
  }

  /** app 'before-quit': held until the shutdown is done, then let through. */
  beforeQuit(event: Preventable): void {
    if (this.state === 'done') return
    event.preventDefault()
    void this.request('quit')
  }

  /** The main window's 'close': it only really closes while the app quits. */
  windowClosing(event: Preventable): void {
    if (this.state === 'done') return
    event.preventDefault()
    void this.request('close-window')
  }

  /**
   * Quit without asking (the OS is shutting down): sending campaigns stay `sending` and resume.
   * The OS waits only seconds (logind 5 s by default), hence a shorter grace for in-flight sends.
   */
  async quitNow(): Promise<void> {
    if (this.state === 'stopping' || this.state === 'done') return
    await this.run([{ do: 'shut-down-and-quit' }], OS_SHUTDOWN_GRACE_MS)
  }

  get quitting(): boolean {
    return this.state === 'stopping' || this.state === 'done'
  }

  /** Settles when the request is carried out (tests await it; the app does not need to). */
  async request(trigger: QuitTrigger): Promise<void> {
    // A second click or ⌘Q while the dialog is open, or while stopping, adds nothing.
    if (this.state !== 'idle') return
    this.state = 'deciding'
    try {
      const sending = await this.shell.sendingCampaigns().catch(() => [])
      const situation = { trigger, sending, platform: this.ports.platform }
      let steps = quitPlan(situation)
      if (steps[0]?.do === 'ask') {
        const answer = await this.shell.ask(sending.length).catch(() => 'cancel' as const)
        // quitNow() took over while the question was open: the answer no longer matters.
        if (this.state !== 'deciding') return
        steps = quitPlan({ ...situation, answer })
      }
      await this.run(steps)
    } finally {
      if (this.state === 'deciding') this.state = 'idle'
    }
  }

  private async run(steps: readonly QuitStep[], graceMs?: number): Promise<void> {
    for (const step of steps) {
      switch (step.do) {
        case 'hide-window':
          this.shell.hideWindow()
          break
        case 'pause':
          // A campaign that finished meanwhile refuses the pause: that is fine.
          await Promise.allSettled(step.campaignIds.map((id) => this.shell.pause(id)))
          break
        case 'shut-down-and-quit':
          this.state = 'stopping'
          try {
            await this.ports.shutDown(graceMs)
          } catch (error) {
            console.error('[quit] shutdown failed:', error)
          }
          this.state = 'done'
          this.ports.quitApp()
          break
        case 'ask':
          break
      }
    }
  }
}
