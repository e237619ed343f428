/**
 * Watches status changes and shows the notices `noticeFor` allows. Asking the engine why a
 * campaign paused is async; the caller has already recorded the new status, so a repeated
 * snapshot of the same status is not a second transition and is never announced twice.
 */
import type { Language } from './language'
import {
  mayNotify,
  noticeFor,
  type CampaignFacts,
  type DesktopSettings,
  type Notice,
} from './notifications'
import type { Snapshot } from './progressView'
import type { ShellStrings } from './strings'

export interface NotifierPorts {
  campaign(id: number): Promise<CampaignFacts | null>
  show(notice: Notice): void
  current(): { desktop: DesktopSettings; text: ShellStrings; language: Language }
  formatTime(epochMs: number, language: Language): string
}

export class Notifier {
  constructor(private readonly ports: NotifierPorts) {}

  async statusChanged(from: Snapshot['status'] | undefined, snapshot: Snapshot): Promise<void> {
    if (!mayNotify(from, snapshot.status)) return
    const { desktop } = this.ports.current()
    if (!desktop.notifyCompleted && !desktop.notifyPaused && !desktop.notifyAccountError) return
    const campaign = await this.ports.campaign(snapshot.campaignId)
    if (!campaign) return
    // Read the settings again: the user may have switched a flag meanwhile.
    const { text, language, desktop: now } = this.ports.current()
    const notice = noticeFor({
      from,
      snapshot,
      campaign,
      desktop: now,
      text,
      language,
      formatTime: (ms) => this.ports.formatTime(ms, language),
    })
    if (notice) this.ports.show(notice)
  }
}
