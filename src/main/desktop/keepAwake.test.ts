/** The sleep blocker runs exactly while a campaign sends and the setting allows it. */
import { describe, expect, it, vi } from 'vitest'
import type { EventMessage } from '@shared/types'
import { DEFAULT_SETTINGS as sampleSettings } from '@engine/settings'
import { KeepAwake, shouldKeepAwake } from './keepAwake'

function blocker() {
  let next = 1
  return { start: vi.fn(() => next++), stop: vi.fn() }
}

const progress = (campaignId: number, status: string) =>
  ({ name: 'campaign.progress', payload: { campaignId, status } }) as unknown as EventMessage

const keepAwakeSetting = (keepAwake: boolean): EventMessage => ({
  name: 'settings.changed',
  payload: { ...sampleSettings, desktop: { ...sampleSettings.desktop, keepAwake } },
})

describe('keep awake', () => {
  it('is wanted only with the setting on and a campaign sending', () => {
    expect(shouldKeepAwake(0, true)).toBe(false)
    expect(shouldKeepAwake(2, false)).toBe(false)
    expect(shouldKeepAwake(1, true)).toBe(true)
  })

  it('starts for a campaign sending at start-up and stops when the last one finishes', () => {
    const b = blocker()
    const k = new KeepAwake(b, true, [4])
    expect(b.start).toHaveBeenCalledExactlyOnceWith('prevent-app-suspension')
    k.onEvent(progress(5, 'sending'))
    k.onEvent(progress(4, 'completed'))
    expect(b.stop).not.toHaveBeenCalled()
    k.onEvent(progress(5, 'paused'))
    expect(b.stop).toHaveBeenCalledExactlyOnceWith(1)
    expect(k.active).toBe(false)
    k.onEvent(progress(5, 'sending'))
    expect(b.start).toHaveBeenCalledTimes(2)
  })

  it('follows the setting while sending', () => {
    const b = blocker()
    const k = new KeepAwake(b, false, [])
    k.onEvent(progress(1, 'sending'))
    expect(b.start).not.toHaveBeenCalled()
    k.onEvent(keepAwakeSetting(true))
    expect(k.active).toBe(true)
    k.onEvent(keepAwakeSetting(false))
    expect(b.stop).toHaveBeenCalledOnce()
  })

  it('progress of a campaign still sending does not restart the blocker; stop() ends it', () => {
    const b = blocker()
    const k = new KeepAwake(b, true, [])
    for (let i = 0; i < 5; i++) k.onEvent(progress(1, 'sending'))
    expect(b.start).toHaveBeenCalledOnce()
    k.stop()
    expect(b.stop).toHaveBeenCalledOnce()
  })
})
