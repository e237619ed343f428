/**
 * What the tray and the taskbar say, derived from the latest progress snapshot of every
 * campaign. Pure: the shell feeds it snapshots and draws what it returns.
 */
import type { Progress } from '@shared/contract'
import { formatCount, type Language } from './language'
import type { ShellStrings } from './strings'

export type Snapshot = Progress

export interface Overview {
  sending: number[]
  paused: number[]
  /** Over the sending campaigns, or over the paused ones when none sends. */
  done: number
  total: number
}

const doneOf = (p: Snapshot) => p.total - p.pending

export function overview(snapshots: Iterable<Snapshot>): Overview {
  const all = [...snapshots]
  const sending = all.filter((p) => p.status === 'sending')
  const paused = all.filter((p) => p.status === 'paused')
  const counted = sending.length ? sending : paused
  return {
    sending: sending.map((p) => p.campaignId),
    paused: paused.map((p) => p.campaignId),
    done: counted.reduce((sum, p) => sum + doneOf(p), 0),
    total: counted.reduce((sum, p) => sum + p.total, 0),
  }
}

/** The taskbar (Windows) / dock (macOS) bar: -1 removes it. */
export interface TaskbarProgress {
  progress: number
  mode: 'normal' | 'paused' | 'none'
}

export function taskbarProgress(o: Overview): TaskbarProgress {
  if (!o.sending.length && !o.paused.length) return { progress: -1, mode: 'none' }
  // Above 1 would mean "indeterminate" to Electron: clamp.
  const fraction = o.total > 0 ? Math.min(1, o.done / o.total) : 0
  return { progress: fraction, mode: o.sending.length ? 'normal' : 'paused' }
}

export type TrayAction = 'open' | 'pauseAll' | 'resumeAll' | 'quit'

export type TrayItem =
  | { kind: 'status'; label: string }
  | { kind: 'separator' }
  | { kind: 'action'; action: TrayAction; label: string }

export interface TrayView {
  tooltip: string
  items: TrayItem[]
}

function menuStatusLine(o: Overview, text: ShellStrings, status: string): string {
  return o.sending.length ? text.tray.sendingShort(o.sending.length, percentOf(o)) : status
}

const percentOf = (o: Overview) => (o.total > 0 ? Math.floor((o.done / o.total) * 100) : 0)

export function statusLine(o: Overview, text: ShellStrings, language: Language): string {
  if (o.sending.length) {
    return text.tray.sending(
      o.sending.length,
      formatCount(language, o.done),
      formatCount(language, o.total),
      percentOf(o),
    )
  }
  if (o.paused.length) return text.tray.paused(o.paused.length)
  return text.tray.idle
}

export function trayView(o: Overview, text: ShellStrings, language: Language): TrayView {
  const status = statusLine(o, text, language)
  const items: TrayItem[] = [
    // Linux tray hosts rarely show tooltips: the menu repeats the status, unclickable — without
    // the live counts, so that the menu is rebuilt when the percent moves, not every second
    // (a menu replaced while open flickers or closes on Linux).
    { kind: 'status', label: menuStatusLine(o, text, status) },
    { kind: 'separator' },
    { kind: 'action', action: 'open', label: text.tray.open },
  ]
  if (o.sending.length)
    items.push({ kind: 'action', action: 'pauseAll', label: text.tray.pauseAll })
  if (o.paused.length)
    items.push({ kind: 'action', action: 'resumeAll', label: text.tray.resumeAll })
  items.push({ kind: 'separator' }, { kind: 'action', action: 'quit', label: text.tray.quit })
  return { tooltip: `${text.appName} — ${status}`, items }
}
