import { outbox } from '../../client'
import { errorOf } from '../errorOf'
import { useStore } from '../store'
import { SUPPRESSIONS_PAGE_SIZE } from './state'

let latest = 0

/** Loads one page for a search; a slower, older answer never replaces a newer one. */
export async function suppressionsRequested(
  query: { search?: string; page?: number } = {},
): Promise<void> {
  const current = useStore.getState().suppressions
  const search = query.search ?? current.search
  const page = query.page ?? current.page
  const ticket = ++latest
  useStore.setState((s) => ({ suppressions: { ...s.suppressions, search, page } }))
  try {
    const { total, items } = await outbox().suppressions.list({
      search: search.trim() === '' ? null : search,
      limit: SUPPRESSIONS_PAGE_SIZE,
      offset: page * SUPPRESSIONS_PAGE_SIZE,
    })
    if (ticket !== latest) return
    useStore.setState((s) => ({
      suppressions: { ...s.suppressions, total, items, loaded: true, error: null },
    }))
  } catch (error) {
    if (ticket !== latest) return
    useStore.setState((s) => ({ suppressions: { ...s.suppressions, error: errorOf(error) } }))
  }
}

/** Throws the engine's error for the form; shows the first page again on success. */
export async function suppressionsAdded(emails: string[], reason: string): Promise<number> {
  const { count } = await outbox().suppressions.add({ emails, reason })
  await suppressionsRequested({ page: 0 })
  return count
}

export async function suppressionRemoved(email: string): Promise<void> {
  await outbox().suppressions.remove({ email })
  await suppressionsRequested()
  const { items, page } = useStore.getState().suppressions
  // The last row of the last page went: show the page before it.
  if (items.length === 0 && page > 0) await suppressionsRequested({ page: page - 1 })
}
