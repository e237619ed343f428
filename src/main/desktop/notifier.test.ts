import { describe, expect, it, vi } from 'vitest'
import { CampaignBoard } from './campaignBoard'
import { Notifier, type NotifierPorts } from './notifier'
import type { CampaignFacts, DesktopSettings } from './notifications'
import { snapshot } from '@test/support/progressSnapshot'
import { shellStrings } from './strings'

const desktop: DesktopSettings = {
  startAtLogin: false,
  keepAwake: true,
  notifyCompleted: true,
  notifyPaused: true,
  notifyAccountError: true,
}

function harness(campaign: Partial<CampaignFacts>, settings = desktop) {
  const ports: NotifierPorts = {
    campaign: vi.fn(async (id: number) => ({
      id,
      name: 'News',
      status: 'paused' as const,
      statusReason: 'quota',
      resumeAt: null,
      ...campaign,
    })),
    show: vi.fn(),
    current: () => ({ desktop: settings, text: shellStrings.en, language: 'en' }),
    formatTime: () => '09:00',
  }
  const board = new CampaignBoard()
  const notifier = new Notifier(ports)
  // What the shell does with every pushed snapshot.
  const push = async (s: ReturnType<typeof snapshot>) => {
    const from = board.update(s)
    if (from !== s.status) await notifier.statusChanged(from, s)
  }
  return { ports, board, push }
}

describe('Notifier', () => {
  it('notifies once for one transition, however many snapshots repeat it', async () => {
    const h = harness({ statusReason: 'content' })
    await h.push(snapshot(1, 'sending', 10, 5))
    await h.push(snapshot(1, 'paused', 10, 5))
    await h.push(snapshot(1, 'paused', 10, 5))
    await h.push(snapshot(1, 'paused', 10, 4))
    expect(h.ports.show).toHaveBeenCalledTimes(1)
    expect(h.ports.show).toHaveBeenCalledWith(
      expect.objectContaining({ campaignId: 1, kind: 'paused' }),
    )
  })

  it('asks the engine why only when a sending campaign stopped', async () => {
    const h = harness({ status: 'sending' })
    await h.push(snapshot(1, 'sending', 10, 9))
    await h.push(snapshot(1, 'sending', 10, 8))
    expect(h.ports.campaign).not.toHaveBeenCalled()
  })

  it('stays silent for campaigns it met already stopped (start-up)', async () => {
    const h = harness({})
    h.board.seed([snapshot(1, 'paused', 10, 5)])
    await h.push(snapshot(1, 'paused', 10, 5))
    await h.push(snapshot(2, 'completed', 10, 0))
    expect(h.ports.show).not.toHaveBeenCalled()
  })

  it('does not even ask when every notification is off', async () => {
    const h = harness(
      {},
      { ...desktop, notifyCompleted: false, notifyPaused: false, notifyAccountError: false },
    )
    await h.push(snapshot(1, 'sending', 10, 5))
    await h.push(snapshot(1, 'paused', 10, 5))
    expect(h.ports.campaign).not.toHaveBeenCalled()
    expect(h.ports.show).not.toHaveBeenCalled()
  })

  it('says nothing for the user’s own pause', async () => {
    const h = harness({ statusReason: 'user' })
    await h.push(snapshot(1, 'sending', 10, 5))
    await h.push(snapshot(1, 'paused', 10, 5))
    expect(h.ports.campaign).toHaveBeenCalledOnce()
    expect(h.ports.show).not.toHaveBeenCalled()
  })
})
