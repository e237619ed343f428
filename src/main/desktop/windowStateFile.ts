/**
 * Reads and writes the window-state file, and saves it debounced while the user drags or
 * resizes (a move fires dozens of events a second) and at once when the window closes.
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Clock } from '@shared/clock'
import { WINDOW_STATE_FILE, type WindowState } from './windowState'

export const SAVE_DELAY_MS = 500

/** The parsed JSON, or null when there is none or it is not JSON (restore validates the rest). */
export function readWindowState(dataDir: string): unknown {
  try {
    return JSON.parse(readFileSync(join(dataDir, WINDOW_STATE_FILE), 'utf8'))
  } catch {
    return null
  }
}

export function writeWindowState(dataDir: string, state: WindowState): void {
  const path = join(dataDir, WINDOW_STATE_FILE)
  try {
    // Through a temporary file: a crash mid-write leaves the old state, not half a file.
    writeFileSync(`${path}.tmp`, JSON.stringify(state))
    renameSync(`${path}.tmp`, path)
  } catch (error) {
    console.error('[window] could not save its size and place:', error)
  }
}

export class WindowStateSaver {
  private timer: unknown = undefined

  constructor(
    private readonly clock: Clock,
    private readonly read: () => WindowState | null,
    private readonly write: (state: WindowState) => void,
  ) {}

  /** A move or resize: save once things have been still for SAVE_DELAY_MS. */
  changed(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = this.clock.setTimeout(() => this.saveNow(), SAVE_DELAY_MS)
  }

  /** The window closes: save at once. */
  saveNow(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer)
    this.timer = undefined
    const state = this.read()
    if (state) this.write(state)
  }
}
