/**
 * The changes the visual editor makes to a letter's blocks, as pure functions: each returns a
 * new design and leaves every untouched block the same object, so the editor redraws only
 * what changed. Blocks are found by id anywhere, the columns of a two-column row included.
 */
import type { Block, ColumnBlock, LetterDesign, LetterTheme } from '../design'

/** Where a list of blocks is: the letter itself, or one side of a two-column row. */
export type Place = { readonly columns: string; readonly side: 0 | 1 } | null

export interface Found {
  block: Block | ColumnBlock
  place: Place
  index: number
  /** How many blocks the list holds, so a caller knows whether it can move up or down. */
  count: number
}

const TOP_ONLY: ReadonlySet<Block['type']> = new Set(['columns', 'footer'])

export const fitsInColumn = (block: Block): block is ColumnBlock => !TOP_ONLY.has(block.type)

export function findBlock(design: LetterDesign, id: string): Found | undefined {
  const top = design.blocks
  for (const [index, block] of top.entries()) {
    if (block.id === id) return { block, place: null, index, count: top.length }
    if (block.type !== 'columns') continue
    for (const side of [0, 1] as const) {
      const list = block.columns[side]
      const inner = list.findIndex((b) => b.id === id)
      if (inner >= 0) {
        return {
          block: list[inner]!,
          place: { columns: block.id, side },
          index: inner,
          count: list.length,
        }
      }
    }
  }
  return undefined
}

/** Every id in the letter, inside columns too. */
export function blockIds(design: LetterDesign): Set<string> {
  const ids = new Set<string>()
  for (const block of design.blocks) {
    ids.add(block.id)
    if (block.type === 'columns') block.columns.flat().forEach((b) => ids.add(b.id))
  }
  return ids
}

/** Makes ids b1, b2, … that the letter does not use yet (the starters' own form). */
export function idMaker(design: LetterDesign): () => string {
  const taken = blockIds(design)
  let n = 0
  return () => {
    let id: string
    do id = `b${++n}`
    while (taken.has(id))
    taken.add(id)
    return id
  }
}

type ListEdit = <B extends Block | ColumnBlock>(list: readonly B[]) => B[]

/** Applies an edit to the list at a place; the design is unchanged if the place is gone. */
function editPlace(design: LetterDesign, place: Place, edit: ListEdit): LetterDesign {
  if (place === null) return { ...design, blocks: edit(design.blocks) }
  return {
    ...design,
    blocks: design.blocks.map((block) => {
      if (block.type !== 'columns' || block.id !== place.columns) return block
      const columns: [ColumnBlock[], ColumnBlock[]] = [...block.columns]
      columns[place.side] = edit(columns[place.side])
      return { ...block, columns }
    }),
  }
}

/** Puts a block at a place, before the block at `index` (at the end if past it). */
export function insertBlock(
  design: LetterDesign,
  place: Place,
  index: number,
  block: Block,
): LetterDesign {
  if (place !== null && !fitsInColumn(block)) {
    throw new Error(`A ${block.type} block cannot go into a column`)
  }
  return editPlace(design, place, (list) => {
    const at = Math.max(0, Math.min(index, list.length))
    return [...list.slice(0, at), block as never, ...list.slice(at)]
  })
}

/** Moves a block one place up (-1) or down (+1) within its list; at an end it stays. */
export function moveBlock(design: LetterDesign, id: string, delta: -1 | 1): LetterDesign {
  const found = findBlock(design, id)
  if (!found) return design
  const to = found.index + delta
  if (to < 0 || to >= found.count) return design
  return editPlace(design, found.place, (list) => {
    const next = [...list]
    ;[next[found.index], next[to]] = [next[to]!, next[found.index]!]
    return next
  })
}

export function removeBlock(design: LetterDesign, id: string): LetterDesign {
  const found = findBlock(design, id)
  if (!found) return design
  return editPlace(design, found.place, (list) => list.filter((b) => b.id !== id))
}

/** A copy of the block right after it, with new ids (its columns' blocks too). */
export function duplicateBlock(design: LetterDesign, id: string): LetterDesign {
  const found = findBlock(design, id)
  if (!found) return design
  const nextId = idMaker(design)
  const copy = withNewIds(structuredClone(found.block) as Block, nextId)
  return insertBlock(design, found.place, found.index + 1, copy)
}

function withNewIds(block: Block, nextId: () => string): Block {
  if (block.type !== 'columns') return { ...block, id: nextId() }
  const side = (list: ColumnBlock[]) => list.map((b) => ({ ...b, id: nextId() }))
  return { ...block, id: nextId(), columns: [side(block.columns[0]), side(block.columns[1])] }
}

/**
 * Replaces a block with what `change` makes of it, keeping its id. The caller names the kind
 * it expects; a block of another kind is left alone.
 */
export function updateBlock<B extends Block | ColumnBlock>(
  design: LetterDesign,
  id: string,
  type: Block['type'],
  change: (block: B) => B,
): LetterDesign {
  const found = findBlock(design, id)
  if (!found || found.block.type !== type) return design
  return editPlace(design, found.place, (list) =>
    list.map((b) => (b.id === id ? ({ ...change(b as never), id } as never) : b)),
  )
}

export function setTheme(design: LetterDesign, theme: Partial<LetterTheme>): LetterDesign {
  return { ...design, theme: { ...design.theme, ...theme } }
}
