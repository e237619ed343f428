import { outbox } from '../../client'
import { errorOf } from '../errorOf'
import { useStore } from '../store'
import type { InboxItem } from './state'

/** Newest first, each message once (an event may race the list that already holds it). */
function merged(a: readonly InboxItem[], b: readonly InboxItem[]): InboxItem[] {
  const byId = new Map([...a, ...b].map((m) => [m.id, m]))
  return [...byId.values()].sort((x, y) => y.id - x.id)
}

export async function inboxRequested(): Promise<void> {
  try {
    const items = await outbox().inbox.list({})
    useStore.setState((s) => ({
      inbox: { ...s.inbox, items: merged(items, []), loaded: true, error: null },
    }))
  } catch (error) {
    useStore.setState((s) => ({ inbox: { ...s.inbox, error: errorOf(error) } }))
  }
}

/** From the inbox.received event. */
export function inboxReceived(item: InboxItem): void {
  useStore.setState((s) => ({ inbox: { ...s.inbox, items: merged(s.inbox.items, [item]) } }))
}

export async function inboxMessageOpened(id: number): Promise<void> {
  useStore.setState((s) => ({ inbox: { ...s.inbox, open: { id, message: null, error: null } } }))
  const stillOpen = () => useStore.getState().inbox.open?.id === id
  try {
    const message = await outbox().inbox.get({ id })
    if (stillOpen())
      useStore.setState((s) => ({ inbox: { ...s.inbox, open: { id, message, error: null } } }))
  } catch (error) {
    if (stillOpen())
      useStore.setState((s) => ({
        inbox: { ...s.inbox, open: { id, message: null, error: errorOf(error) } },
      }))
  }
}

export function inboxMessageClosed(): void {
  useStore.setState((s) => ({ inbox: { ...s.inbox, open: null } }))
}

/** Empties the test inbox; throws the engine's error for the screen to show. */
export async function inboxCleared(): Promise<number> {
  const { count } = await outbox().inbox.clear()
  useStore.setState((s) => ({ inbox: { ...s.inbox, items: [], open: null } }))
  return count
}
