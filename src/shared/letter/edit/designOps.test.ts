/**
 * The editor's block changes: each makes a valid letter, keeps ids unique (a duplicated
 * two-column row too), works inside columns, and leaves untouched blocks the same objects.
 */
import { describe, expect, it } from 'vitest'
import { Block, LetterDesign, type BlockType } from '../design'
import { STARTERS } from '../starters'
import {
  blockIds,
  duplicateBlock,
  findBlock,
  idMaker,
  insertBlock,
  moveBlock,
  removeBlock,
  setTheme,
  updateBlock,
} from './designOps'
import { newBlock } from './newBlock'

const letter = STARTERS.newsletter.en
const types = (d: LetterDesign) => d.blocks.map((b) => b.type)
const idCount = (d: LetterDesign) =>
  d.blocks.reduce((n, b) => n + 1 + (b.type === 'columns' ? b.columns.flat().length : 0), 0)
const KINDS: BlockType[] = [
  'heading',
  'text',
  'button',
  'image',
  'divider',
  'spacer',
  'columns',
  'footer',
]

describe('new blocks', () => {
  it.each(KINDS)('a new %s block is valid in both languages', (type) => {
    for (const language of ['en', 'ru'] as const) {
      const block = newBlock(type, language, idMaker(letter), 'logo')
      expect(Block.parse(block)).toEqual(block)
    }
  })

  it('writes its words in the letter’s language', () => {
    const ru = newBlock('text', 'ru', () => 'x')
    expect(JSON.stringify(ru)).toMatch(/Напишите/)
    expect(JSON.stringify(newBlock('text', 'en', () => 'x'))).not.toMatch(/[а-яё]/i)
  })

  it('puts an unsubscribe link in a new footer', () => {
    const footer = newBlock('footer', 'ru', () => 'f')
    expect(JSON.stringify(footer)).toContain('"href":"{{unsubscribeUrl}}"')
  })

  it('will not make an image block without an image', () => {
    expect(() => newBlock('image', 'en', () => 'x')).toThrow()
  })
})

describe('ids', () => {
  it('makes ids the letter does not use yet', () => {
    const next = idMaker(letter)
    const made = [next(), next(), next()]
    const taken = blockIds(letter)
    expect(made.every((id) => !taken.has(id))).toBe(true)
    expect(new Set(made).size).toBe(3)
  })
})

describe('changing blocks', () => {
  it('inserts a block where asked, leaving the others as they were', () => {
    const block = newBlock('divider', 'en', idMaker(letter))
    const next = insertBlock(letter, null, 1, block)
    expect(next.blocks[1]).toBe(block)
    expect(next.blocks[0]).toBe(letter.blocks[0])
    expect(next.blocks[2]).toBe(letter.blocks[1])
    expect(LetterDesign.parse(next)).toEqual(next)
    expect(insertBlock(letter, null, 999, block).blocks.at(-1)).toBe(block)
  })

  it('inserts into a column, but not a footer or another row of columns', () => {
    const row = letter.blocks.find((b) => b.type === 'columns')!
    const place = { columns: row.id, side: 1 as const }
    const spacer = newBlock('spacer', 'en', idMaker(letter))
    const next = insertBlock(letter, place, 0, spacer)
    expect(findBlock(next, spacer.id)).toMatchObject({ place, index: 0, count: 3 })
    expect(() => insertBlock(letter, place, 0, newBlock('footer', 'en', idMaker(letter)))).toThrow()
  })

  it('moves a block up and down within its list, and not past an end', () => {
    const first = letter.blocks[0]!.id
    const down = moveBlock(letter, first, 1)
    expect(down.blocks[1]!.id).toBe(first)
    expect(moveBlock(down, first, -1).blocks.map((b) => b.id)).toEqual(
      letter.blocks.map((b) => b.id),
    )
    expect(moveBlock(letter, first, -1)).toBe(letter)
    const last = letter.blocks.at(-1)!.id
    expect(moveBlock(letter, last, 1)).toBe(letter)
  })

  it('moves a block inside a column', () => {
    const row = letter.blocks.find((b) => b.type === 'columns')!
    const [heading, text] = row.columns[0] as [Block, Block]
    const next = moveBlock(letter, text.id, -1)
    const moved = next.blocks.find((b) => b.id === row.id)
    expect(moved?.type === 'columns' && moved.columns[0].map((b) => b.id)).toEqual([
      text.id,
      heading.id,
    ])
  })

  it('duplicates a block right after itself with a new id', () => {
    const heading = letter.blocks[0]!
    const next = duplicateBlock(letter, heading.id)
    expect(next.blocks[1]).toMatchObject({ ...heading, id: expect.any(String) })
    expect(next.blocks[1]!.id).not.toBe(heading.id)
    expect(blockIds(next).size).toBe(idCount(next))
    expect(LetterDesign.parse(next)).toEqual(next)
  })

  it('duplicates a row of columns with new ids inside it too', () => {
    const row = letter.blocks.find((b) => b.type === 'columns')!
    const next = duplicateBlock(duplicateBlock(letter, row.id), row.id)
    expect(types(next).filter((t) => t === 'columns')).toHaveLength(3)
    expect(blockIds(next).size).toBe(idCount(next))
  })

  it('removes a block, in a column too', () => {
    const row = letter.blocks.find((b) => b.type === 'columns')!
    const inner = row.columns[1][0]!
    expect(findBlock(removeBlock(letter, inner.id), inner.id)).toBeUndefined()
    const next = removeBlock(letter, letter.blocks[0]!.id)
    expect(next.blocks).toHaveLength(letter.blocks.length - 1)
    expect(removeBlock(letter, 'nope')).toBe(letter)
  })

  it('updates a block of the named kind, keeping its id', () => {
    const button = letter.blocks.find((b) => b.type === 'button')!
    const next = updateBlock<Extract<Block, { type: 'button' }>>(
      letter,
      button.id,
      'button',
      (b) => ({ ...b, label: 'Go', id: 'changed' }),
    )
    expect(findBlock(next, button.id)?.block).toMatchObject({ label: 'Go' })
    expect(updateBlock(letter, button.id, 'spacer', (b) => b)).toBe(letter)
  })

  it('changes the theme', () => {
    const next = setTheme(letter, { font: 'serif' })
    expect(next.theme).toEqual({ ...letter.theme, font: 'serif' })
    expect(next.blocks).toBe(letter.blocks)
  })
})
