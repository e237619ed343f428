/**
 * Why sending is held for the whole app (the computer sleeps, there is no network). Each
 * reason is on or off — a second "suspend" before the "resume" changes nothing — and sending
 * goes on only when every reason is off.
 */
import type { HoldReason } from '@shared/contract'
import type { Clock } from '@shared/clock'

export type Hold = HoldReason

export class Holds {
  private readonly on = new Set<Hold>()
  private heldSince: number | null = null

  constructor(private readonly clock: Clock) {}

  /** Turns a reason on; false when it already was. */
  add(reason: Hold): boolean {
    if (this.on.has(reason)) return false
    if (this.on.size === 0) this.heldSince = this.clock.now()
    this.on.add(reason)
    return true
  }

  /** Turns a reason off; false when it was not on. */
  remove(reason: Hold): boolean {
    if (!this.on.delete(reason)) return false
    if (this.on.size === 0) this.heldSince = null
    return true
  }

  get held(): boolean {
    return this.on.size > 0
  }

  /** The reasons on, in a stable order, and since when sending has been held. */
  snapshot(): { held: Hold[]; heldSince: number | null } {
    const order: Hold[] = ['suspend', 'offline']
    return { held: order.filter((r) => this.on.has(r)), heldSince: this.heldSince }
  }
}

/** The log line for a change of holds (`remaining`: the reasons still on after it). */
export function holdLogMessage(
  change: 'held' | 'released',
  reason: Hold,
  remaining: Hold[],
): string {
  const why = { suspend: 'the computer sleeps', offline: 'there is no network' }
  if (change === 'held') return `Sending held while ${why[reason]}`
  const back = reason === 'suspend' ? 'The computer woke up' : 'The network is back'
  if (remaining.length === 0) return `${back}: sending goes on`
  return `${back}; sending stays held while ${remaining.map((r) => why[r]).join(' and ')}`
}
