/**
 * Moves the focus once React has drawn a change: to a block that was just added (into its
 * text, ready to type) or to the block that took a deleted one's place.
 */
export function focusLater(find: () => HTMLElement | null | undefined): void {
  setTimeout(() => {
    const target = find()
    if (!target) return
    const field = target.querySelector<HTMLElement>('[role="textbox"]')
    ;(field ?? target).focus()
  }, 0)
}

export const blockElement = (id: string): HTMLElement | undefined =>
  [...document.querySelectorAll<HTMLElement>('[data-block-id]')].find(
    (element) => element.dataset.blockId === id,
  )
