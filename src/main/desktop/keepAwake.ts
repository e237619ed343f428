/**
 * Keeps the computer from sleeping while a campaign is sending, when the user wants it
 * (settings.desktop.keepAwake). 'prevent-app-suspension' keeps the system running but lets the
 * screen turn off. The sending campaigns are followed from the engine's events; the host seeds
 * them once from campaigns.list.
 */
import type { EventMessage } from '@shared/types'

export interface BlockerPort {
  start(type: 'prevent-app-suspension'): number
  stop(id: number): unknown
}

/** The whole decision. */
export function shouldKeepAwake(sendingCampaigns: number, keepAwakeSetting: boolean): boolean {
  return keepAwakeSetting && sendingCampaigns > 0
}

export class KeepAwake {
  private readonly sending = new Set<number>()
  private blockerId: number | null = null

  constructor(
    private readonly blocker: BlockerPort,
    private setting: boolean,
    sendingIds: number[],
  ) {
    for (const id of sendingIds) this.sending.add(id)
    this.apply()
  }

  /** Feed every engine event; only progress and settings matter. */
  readonly onEvent = (message: EventMessage): void => {
    if (message.name === 'campaign.progress') {
      const { campaignId, status } = message.payload
      if (status === 'sending') this.sending.add(campaignId)
      else this.sending.delete(campaignId)
    } else if (message.name === 'settings.changed') {
      this.setting = message.payload.desktop.keepAwake
    } else return
    this.apply()
  }

  get active(): boolean {
    return this.blockerId !== null
  }

  stop(): void {
    this.sending.clear()
    this.apply()
  }

  private apply(): void {
    const wanted = shouldKeepAwake(this.sending.size, this.setting)
    if (wanted && this.blockerId === null) {
      this.blockerId = this.blocker.start('prevent-app-suspension')
    } else if (!wanted && this.blockerId !== null) {
      this.blocker.stop(this.blockerId)
      this.blockerId = null
    }
  }
}
