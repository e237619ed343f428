/**
 * Moves the focus once React has drawn a change: into a block that was just added, its words
 * selected so typing replaces them, or onto the block that took a deleted one's place.
 */
export function focusLater(
  find: () => HTMLElement | null | undefined,
  into: 'block' | 'words' = 'block',
): void {
  setTimeout(() => {
    const target = find()
    if (!target) return
    const field = into === 'words' ? target.querySelector<HTMLElement>('[role="textbox"]') : null
    // Read by the text field as it turns into an editor (RichTextField).
    if (field) field.dataset.selectAll = 'true'
    ;(field ?? target).focus()
  }, 0)
}

export const blockElement = (id: string): HTMLElement | undefined =>
  [...document.querySelectorAll<HTMLElement>('[data-block-id]')].find(
    (element) => element.dataset.blockId === id,
  )
