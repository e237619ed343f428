import { useEffect, useRef } from 'react'
import { useStore } from '../../store/store'
import { uiSelectors } from '../../store/ui/state'

/** Focuses the first heading of `main` (a screen's title); false when there is none yet. */
export function focusHeading(main: HTMLElement | null): boolean {
  const heading = main?.querySelector<HTMLElement>('h1, h2')
  if (!heading) return false
  heading.tabIndex = -1 // focusable from script only, so Tab order is unchanged
  heading.focus()
  return true
}

/**
 * When another screen (or campaign) opens, the focus goes to its heading, as a page load would
 * put a screen reader at the top: otherwise it stays on the navigation, or on a button that is
 * gone. Screens that load first get their heading focused when it appears.
 */
export function useFocusOnScreenChange(main: React.RefObject<HTMLElement | null>): void {
  const screen = useStore(uiSelectors.screen)
  const campaignId = useStore(uiSelectors.campaignId)
  const key = `${screen}:${campaignId}`
  const shown = useRef(key)
  useEffect(() => {
    if (shown.current === key) return // the first screen, or the same one again
    shown.current = key
    const root = main.current
    if (!root || focusHeading(root)) return
    const observer = new MutationObserver(() => {
      if (focusHeading(root)) observer.disconnect()
    })
    observer.observe(root, { childList: true, subtree: true })
    const giveUp = setTimeout(() => observer.disconnect(), 5000)
    return () => {
      observer.disconnect()
      clearTimeout(giveUp)
    }
  }, [key, main])
}
