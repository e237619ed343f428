import { useCallback, useEffect, useRef, useState } from 'react'
import type { Delivery, DeliveryState, FeedbackFilter } from '@shared/contract'
import { outbox } from '@renderer/client'

type Held = { key: string; total: number | null; pages: Map<number, Delivery[]> }
export const PAGE_SIZE = 200

/**
 * The deliveries of a campaign as a sparse list: pages are fetched when the table scrolls to
 * them, so 100,000 rows cost only the pages in view. A new `version` (the campaign's progress
 * moved) refetches the pages already held, so states follow the engine. Pages fetched for an
 * older filter are never shown for a newer one: everything held is tagged with its filter.
 */
export function useDeliveryPages(
  campaignId: number,
  filter: { state: DeliveryState | null; search: string | null; feedback: FeedbackFilter | null },
  version: number,
) {
  const { state, search, feedback } = filter
  const key = `${campaignId}|${state ?? ''}|${search ?? ''}|${feedback ?? ''}`
  const [held, setHeld] = useState<Held>({ key, total: null, pages: new Map() })
  const asked = useRef<{ key: string; pages: Set<number> }>({ key: '', pages: new Set() })

  const fetchPage = useCallback(
    async (page: number) => {
      const result = await outbox().deliveries.page({
        campaignId,
        state,
        search,
        feedback,
        limit: PAGE_SIZE,
        offset: page * PAGE_SIZE,
      })
      setHeld((old) => {
        const pages = old.key === key ? new Map(old.pages) : new Map<number, Delivery[]>()
        return { key, total: result.total, pages: pages.set(page, result.items) }
      })
    },
    [campaignId, state, search, feedback, key],
  )

  // Progress moved: refresh what is held.
  useEffect(() => {
    if (version === 0) return
    for (const page of asked.current.pages) void fetchPage(page).catch(() => {})
  }, [version, fetchPage])

  const current = held.key === key ? held : null
  const rowAt = (index: number): Delivery | undefined => {
    const page = Math.floor(index / PAGE_SIZE)
    const rows = current?.pages.get(page)
    // A new filter starts over: the table asks for its first row, which fetches page 0.
    if (asked.current.key !== key) asked.current = { key, pages: new Set() }
    if (!rows && !asked.current.pages.has(page)) {
      asked.current.pages.add(page)
      void fetchPage(page).catch(() => asked.current.pages.delete(page))
    }
    return rows?.[index % PAGE_SIZE]
  }

  return { total: current?.total ?? null, rowAt }
}

/** Rows for the virtualizer: one placeholder until the total is known, to ask for page 0. */
export function rowCount(total: number | null): number {
  return total ?? 1
}
