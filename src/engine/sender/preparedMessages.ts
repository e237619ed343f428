/**
 * Per slot, the next message rendered while the current one is on the wire: the row is only
 * read, not claimed, so a crash leaves nothing of it behind. The claim that follows the current
 * outcome (same transaction) takes that very row when it is still due; the message is used only
 * if the row, the campaign and the From account are what it was rendered from.
 */
export interface PreparedMessage {
  deliveryId: number
  campaignId: number
  /** The campaign's and the From account's versions it was rendered from. */
  stamp: string
  /** When it was rendered: its Date header. */
  renderedAt: number
  raw: Promise<Buffer>
}

/** A message rendered ahead longer ago than this (a slow server) is rendered again: its Date. */
export const PREPARED_MAX_AGE_MS = 5000

export class PreparedMessages {
  private readonly bySlot = new Map<number, PreparedMessage>()

  /** The rows other slots have rendered ahead: a slot looks past them. */
  deliveryIds(): Set<number> {
    return new Set([...this.bySlot.values()].map((p) => p.deliveryId))
  }

  of(slot: number): PreparedMessage | undefined {
    return this.bySlot.get(slot)
  }

  set(slot: number, message: PreparedMessage): void {
    // Its failure, if any, shows when the row is sent; until then nobody awaits it.
    message.raw.catch(() => {})
    this.bySlot.set(slot, message)
  }

  /**
   * The slot's message for this row and these versions, if it has one rendered lately; either
   * way it is spent.
   */
  take(
    slot: number,
    p: { deliveryId: number; stamp: string; now: number },
  ): Promise<Buffer> | undefined {
    const message = this.bySlot.get(slot)
    this.bySlot.delete(slot)
    const usable =
      message?.deliveryId === p.deliveryId &&
      message.stamp === p.stamp &&
      p.now - message.renderedAt <= PREPARED_MAX_AGE_MS
    return usable ? message.raw : undefined
  }

  clear(): void {
    this.bySlot.clear()
  }
}
