import { describe, expect, it, vi } from 'vitest'
import { trayMenuTemplate } from './trayMenu.electron'

describe('trayMenuTemplate', () => {
  it('shows the status unclickable, and wires each action', () => {
    const act = vi.fn()
    const template = trayMenuTemplate(
      [
        { kind: 'status', label: 'Idle' },
        { kind: 'separator' },
        { kind: 'action', action: 'open', label: 'Open Outbox' },
        { kind: 'action', action: 'quit', label: 'Quit Outbox' },
      ],
      act,
    )
    expect(template[0]).toEqual({ label: 'Idle', enabled: false })
    expect(template[1]).toEqual({ type: 'separator' })
    ;(template[3]!.click as () => void)()
    expect(act).toHaveBeenCalledWith('quit')
  })
})
