/** The latest progress snapshot of every campaign the shell has heard of. */
import type { Snapshot } from './progressView'

export class CampaignBoard {
  private readonly latest = new Map<number, Snapshot>()

  /** Records a pushed snapshot; answers the status it had before (undefined if unknown). */
  update(snapshot: Snapshot): Snapshot['status'] | undefined {
    const before = this.latest.get(snapshot.campaignId)?.status
    this.latest.set(snapshot.campaignId, snapshot)
    return before
  }

  /** Start-up list: fills campaigns no pushed snapshot has described yet (pushes are newer). */
  seed(snapshots: readonly Snapshot[]): void {
    for (const s of snapshots) if (!this.latest.has(s.campaignId)) this.latest.set(s.campaignId, s)
  }

  snapshots(): IterableIterator<Snapshot> {
    return this.latest.values()
  }
}
