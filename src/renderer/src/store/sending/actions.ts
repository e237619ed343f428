import { outbox } from '../../client'
import { useStore } from '../store'
import type { EngineStatusView } from './state'

/** From engine.status at start-up and from the engine.status event. */
export function engineStatusReceived(status: EngineStatusView): void {
  useStore.setState((s) => ({ sending: { ...s.sending, status } }))
}

export async function engineStatusRequested(): Promise<void> {
  engineStatusReceived(await outbox().engine.status())
}

export function recoveredDismissed(): void {
  useStore.setState((s) => ({ sending: { ...s.sending, recoveredDismissed: true } }))
}
