import { describe, expect, it } from 'vitest'
import { snapshot } from '@test/support/progressSnapshot'
import { overview, taskbarProgress, trayView, type Snapshot } from './progressView'
import { shellStrings } from './strings'

const en = shellStrings.en
const ru = shellStrings.ru

describe('the tray and taskbar view of progress', () => {
  it('sums the sending campaigns: tooltip, status line and taskbar fraction', () => {
    const o = overview([
      snapshot(1, 'sending', 2000, 1000),
      snapshot(2, 'sending', 3000, 2766),
      snapshot(3, 'paused', 100, 50),
      snapshot(4, 'completed', 10, 0),
    ])
    expect(o).toMatchObject({ sending: [1, 2], paused: [3], done: 1234, total: 5000 })
    const view = trayView(o, en, 'en')
    expect(view.tooltip).toBe('Outbox — Sending 2 campaigns — 1,234 of 5,000 (24%)')
    // The menu's status has no live counts: it is rebuilt when the percent moves, not each second.
    expect(view.items[0]).toEqual({ kind: 'status', label: 'Sending 2 campaigns — 24%' })
    const oneMore = trayView({ ...o, done: 1235 }, en, 'en')
    expect(oneMore.tooltip).not.toBe(view.tooltip)
    expect(oneMore.items).toEqual(view.items)
    expect(taskbarProgress(o)).toEqual({ progress: 1234 / 5000, mode: 'normal' })
  })

  it('offers Pause all while sending and Resume all while some are paused', () => {
    const actions = (snaps: Snapshot[]) =>
      trayView(overview(snaps), en, 'en').items.flatMap((i) =>
        i.kind === 'action' ? [i.action] : [],
      )
    expect(actions([snapshot(1, 'sending', 10, 5)])).toEqual(['open', 'pauseAll', 'quit'])
    expect(actions([snapshot(1, 'paused', 10, 5)])).toEqual(['open', 'resumeAll', 'quit'])
    expect(actions([snapshot(1, 'sending', 10, 5), snapshot(2, 'paused', 10, 5)])).toEqual([
      'open',
      'pauseAll',
      'resumeAll',
      'quit',
    ])
    expect(actions([snapshot(1, 'completed', 10, 0)])).toEqual(['open', 'quit'])
  })

  it('shows the paused bar when every unfinished campaign is paused', () => {
    const o = overview([snapshot(1, 'paused', 200, 150), snapshot(2, 'draft', 0, 0)])
    expect(taskbarProgress(o)).toEqual({ progress: 0.25, mode: 'paused' })
    expect(trayView(o, en, 'en').tooltip).toBe('Outbox — Paused: 1 campaign')
  })

  it('removes the bar and says Idle when nothing sends or waits', () => {
    const o = overview([snapshot(1, 'completed', 10, 0), snapshot(2, 'cancelled', 5, 0)])
    expect(taskbarProgress(o)).toEqual({ progress: -1, mode: 'none' })
    expect(trayView(o, en, 'en').tooltip).toBe('Outbox — Idle')
    expect(taskbarProgress(overview([]))).toEqual({ progress: -1, mode: 'none' })
  })

  it('does not divide by zero for a sending campaign with no recipients counted yet', () => {
    const o = overview([snapshot(1, 'sending', 0, 0)])
    expect(taskbarProgress(o)).toEqual({ progress: 0, mode: 'normal' })
    expect(trayView(o, en, 'en').tooltip).toContain('0 of 0 (0%)')
  })

  it('speaks Russian with Russian numbers', () => {
    const o = overview([snapshot(1, 'sending', 5000, 3766), snapshot(2, 'sending', 10, 10)])
    expect(trayView(o, ru, 'ru').tooltip).toBe(
      'Outbox — Отправляются 2 рассылки — 1\u00a0234 из 5\u00a0010 (24%)',
    )
    const labels = trayView(o, ru, 'ru').items.flatMap((i) =>
      i.kind === 'action' ? [i.label] : [],
    )
    expect(labels).toEqual(['Открыть Outbox', 'Приостановить все', 'Выйти из Outbox'])
  })
})
