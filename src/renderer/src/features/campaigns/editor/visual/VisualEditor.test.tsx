/**
 * The visual editor as a marketer uses it: adding every kind of block, moving, duplicating and
 * deleting, undo and redo of the letter, variable chips and links in text, and words in
 * Russian. Every design the editor reports must pass the letter's schema.
 */
import { MantineProvider } from '@mantine/core'
import { act, render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import type { Editor } from '@tiptap/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LetterDesign, type BlockType } from '@shared/letter/design'
import { STARTERS } from '@shared/letter/starters'
import { initI18n } from '@renderer/i18n'
import { VisualEditor } from './VisualEditor'

const wrapper = ({ children }: { children: ReactNode }) => (
  <MantineProvider env="test">{children}</MantineProvider>
)
const images = [{ cid: 'logo', filename: 'logo.png', size: 1200 }]
const empty: LetterDesign = { ...STARTERS.personal.en, blocks: [] }
let emitted: LetterDesign[] = []

async function language(lng: 'en' | 'ru') {
  const i18n = await initI18n(lng)
  await i18n.changeLanguage(lng)
}

function open(design: LetterDesign = STARTERS.newsletter.en) {
  render(
    <VisualEditor
      design={design}
      onChange={(next) => emitted.push(next)}
      images={images}
      variables={['name', 'city', 'odd]name']}
    />,
    { wrapper },
  )
  return () => emitted.at(-1)!
}

/** The letter's own rows, not those inside columns. */
const rows = () =>
  [...screen.getByTestId('letter-blocks').children].filter(
    (e): e is HTMLElement => e instanceof HTMLElement && !!e.dataset.blockId,
  )
const rowTypes = () => rows().map((r) => r.dataset.blockType)
/** Works on a block: its buttons show. */
async function enter(row: HTMLElement) {
  await userEvent.click(row)
  return row
}
const editorIn = (element: Element) =>
  (element.querySelector('.ProseMirror') as HTMLElement & { editor: Editor }).editor

beforeEach(async () => {
  emitted = []
  await language('en')
})

afterEach(() => {
  // Whatever a test did, the caller was only ever given letters it can save.
  for (const design of emitted) expect(LetterDesign.parse(design)).toEqual(design)
})

describe('the visual editor', () => {
  const kinds: BlockType[] = [
    'heading',
    'text',
    'button',
    'image',
    'divider',
    'spacer',
    'columns',
    'footer',
  ]

  it('adds every kind of block at the end of the letter', async () => {
    const last = open(empty)
    expect(screen.getByText('The letter is empty. Add a block to begin.')).toBeTruthy()
    for (const kind of kinds) {
      await userEvent.click(screen.getByTestId('add-block'))
      await userEvent.click(await screen.findByTestId(`add-${kind}`))
    }
    expect(rowTypes()).toEqual(kinds)
    expect(last().blocks.map((b) => b.type)).toEqual(kinds)
    expect(last().blocks.find((b) => b.type === 'image')).toMatchObject({ cid: 'logo' })
    expect(JSON.stringify(last().blocks.at(-1))).toContain('{{unsubscribeUrl}}')
  })

  it('puts the focus in a new block with its words selected, so typing replaces them', async () => {
    const last = open(empty)
    await userEvent.click(screen.getByTestId('add-block'))
    await userEvent.click(await screen.findByTestId('add-text'))
    const row = rows()[0]!
    await waitFor(() => expect(document.activeElement).toBe(row.querySelector('.ProseMirror')))
    expect(row.dataset.active).toBe('true')
    await act(async () => {
      editorIn(row).commands.insertContent('Hi')
    })
    expect(last().blocks[0]).toMatchObject({
      type: 'text',
      text: {
        type: 'doc',
        content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hi' }] }],
      },
    })
  })

  it('adds a block between two others and into a column, offering no footer there', async () => {
    const last = open()
    await userEvent.click(screen.getByRole('button', { name: 'Add a block at place 2' }))
    await userEvent.click(await screen.findByTestId('add-divider'))
    expect(last().blocks[1]!.type).toBe('divider')

    await userEvent.click(screen.getAllByTestId('add-block-1')[0]!)
    expect(screen.queryByTestId('add-footer')).toBeNull()
    await userEvent.click(await screen.findByTestId('add-button'))
    const columns = last().blocks.find((b) => b.type === 'columns')!
    expect(columns.type === 'columns' && columns.columns[1].map((b) => b.type)).toEqual([
      'heading',
      'text',
      'button',
    ])
  })

  it('moves a block down and keeps the focus on the button pressed', async () => {
    const last = open()
    const first = await enter(rows()[0]!)
    const down = within(first).getByRole('button', { name: 'Move block 1 (Heading) down' })
    await userEvent.click(down)
    expect(rowTypes().slice(0, 2)).toEqual(['text', 'heading'])
    expect(last().blocks[1]!.id).toBe(STARTERS.newsletter.en.blocks[0]!.id)
    expect(document.activeElement).toBe(down)
    expect(down.getAttribute('aria-label')).toBe('Move block 2 (Heading) down')
  })

  it('undoes and redoes a move, with the buttons and with Ctrl+Z', async () => {
    const last = open()
    const original = STARTERS.newsletter.en.blocks.map((b) => b.id)
    await userEvent.click(within(await enter(rows()[1]!)).getByTestId('block-up'))
    const moved = last().blocks.map((b) => b.id)
    expect(moved.slice(0, 2)).toEqual([original[1], original[0]])

    await userEvent.click(screen.getByTestId('letter-undo'))
    expect(last().blocks.map((b) => b.id)).toEqual(original)
    expect(rows().map((r) => r.dataset.blockId)).toEqual(original)
    await userEvent.click(screen.getByTestId('letter-redo'))
    expect(last().blocks.map((b) => b.id)).toEqual(moved)

    within(await enter(rows()[3]!))
      .getByTestId('block-duplicate')
      .focus()
    await userEvent.keyboard('{Control>}z{/Control}')
    expect(last().blocks.map((b) => b.id)).toEqual(original)
    await userEvent.keyboard('{Control>}{Shift>}z{/Shift}{/Control}')
    expect(last().blocks.map((b) => b.id)).toEqual(moved)
  })

  it('duplicates a block with a new id and deletes one', async () => {
    const last = open()
    const count = STARTERS.newsletter.en.blocks.length
    await userEvent.click(within(await enter(rows()[0]!)).getByTestId('block-duplicate'))
    expect(rowTypes().slice(0, 2)).toEqual(['heading', 'heading'])
    const [a, b] = last().blocks
    expect(a!.id).not.toBe(b!.id)

    await userEvent.click(
      within(await enter(rows()[0]!)).getByRole('button', { name: 'Delete block 1 (Heading)' }),
    )
    expect(last().blocks).toHaveLength(count)
    expect(last().blocks[0]!.id).toBe(b!.id)
  })

  it('undoes typing in a text together with the letter’s other steps', async () => {
    const last = open()
    const text = rows()[1]!
    await userEvent.click(within(text).getByRole('textbox'))
    // The click made an editor in the text's place and put the cursor in it.
    await waitFor(() => expect(document.activeElement).toBe(text.querySelector('.ProseMirror')))
    await act(async () => {
      editorIn(text).commands.insertContent('Hello ')
    })
    expect(JSON.stringify(last().blocks[1])).toContain('Hello ')
    await userEvent.click(screen.getByTestId('letter-undo'))
    expect(JSON.stringify(last().blocks[1])).not.toContain('Hello ')
    expect(text.textContent).not.toContain('Hello ')
  })

  it('inserts a variable as a chip, saved as a variable node', async () => {
    const last = open()
    const text = rows()[1]!
    await userEvent.click(within(text).getByRole('textbox'))
    await act(async () => {
      editorIn(text).commands.focus('start')
    })
    await userEvent.click(await within(text).findByTestId('insert-variable-chip'))
    expect(screen.getByRole('menuitem', { name: 'email' })).toBeTruthy()
    expect(screen.queryByRole('menuitem', { name: 'odd]name' })).toBeNull()
    await userEvent.click(screen.getByRole('menuitem', { name: 'city' }))
    const block = last().blocks[1]!
    expect(block.type === 'text' && block.text.content[0]).toMatchObject({
      type: 'paragraph',
      content: [{ type: 'variable', attrs: { name: 'city' } }, { type: 'text' }],
    })
    const chip = text.querySelector('[data-variable="city"]')!
    expect(chip.textContent).toBe('city')
    expect(chip.getAttribute('contenteditable')).toBe('false')
    // One atom: a single Backspace after it removes it whole.
    await act(async () => {
      const editor = editorIn(text)
      editor.commands.setTextSelection(2)
      editor.commands.deleteRange({ from: 1, to: 2 })
    })
    expect(JSON.stringify(last().blocks[1])).not.toContain('variable')
  })

  it('refuses a javascript: link and says what a link may be', async () => {
    const last = open()
    const text = rows()[1]!
    await userEvent.click(within(text).getByRole('textbox'))
    await userEvent.click(await within(text).findByTestId('link'))
    const before = emitted.length
    await userEvent.type(await screen.findByTestId('link-url'), 'javascript:alert(1)')
    await userEvent.click(screen.getByTestId('link-apply'))
    expect(screen.getByText('A link starts with https://, mailto:, tel: or {{')).toBeTruthy()
    expect(emitted).toHaveLength(before)

    await userEvent.clear(screen.getByTestId('link-url'))
    await userEvent.type(screen.getByTestId('link-url'), 'https://shop.example/sale')
    await userEvent.type(screen.getByTestId('link-text'), 'Sale')
    await userEvent.click(screen.getByTestId('link-apply'))
    expect(screen.queryByTestId('link-url')).toBeNull()
    expect(JSON.stringify(last().blocks[1])).toContain(
      '"marks":[{"type":"link","attrs":{"href":"https://shop.example/sale"',
    )
  })

  it('keeps an empty button text in the field with its error, reporting nothing', async () => {
    const last = open()
    const button = rows().find((r) => r.dataset.blockType === 'button')!
    await userEvent.click(within(button).getByTestId('button-preview'))
    const label = within(button).getByTestId('button-label')
    const before = emitted.length
    await userEvent.clear(label)
    expect(within(button).getByText('A button needs text')).toBeTruthy()
    expect(emitted).toHaveLength(before)
    await userEvent.type(label, 'Buy')
    expect(last().blocks.find((b) => b.type === 'button')).toMatchObject({ label: 'Buy' })
  })

  it('changes a heading’s level and the letter’s font', async () => {
    const last = open()
    const heading = rows()[0]!
    await userEvent.click(within(heading).getByRole('textbox'))
    await userEvent.click(await within(heading).findByTestId('heading-level-3'))
    expect(last().blocks[0]).toMatchObject({ type: 'heading', level: 3 })
    await userEvent.click(screen.getByText('Serif'))
    expect(last().theme.font).toBe('serif')
  })

  it('shows an image only through imageUrl, and a placeholder without it', async () => {
    const pixel = 'data:image/png;base64,iVBORw0KGgo='
    const design: LetterDesign = {
      ...empty,
      blocks: [
        {
          type: 'image',
          id: 'i1',
          cid: 'logo',
          alt: 'Logo',
          url: null,
          width: 120,
          align: 'center',
        },
        { type: 'image', id: 'i2', cid: 'gone', alt: '', url: null, width: null, align: 'left' },
      ],
    }
    render(
      <VisualEditor
        design={design}
        onChange={(next) => emitted.push(next)}
        images={images}
        variables={[]}
        imageUrl={(cid) => (cid === 'logo' ? pixel : undefined)}
      />,
      { wrapper },
    )
    const shown = screen.getByRole('img', { name: 'Logo' })
    expect(shown.getAttribute('src')).toBe(pixel)
    expect(document.querySelectorAll('img')).toHaveLength(1)
    expect(screen.getByTestId('image-placeholder').textContent).toBe('Image gone')

    await enter(rows()[1]!)
    expect(
      screen.getByText('This image is no longer in the campaign. Choose another.'),
    ).toBeTruthy()
    await enter(rows()[0]!)
    await userEvent.type(screen.getByTestId('image-url'), 'javascript:x')
    expect(screen.getByText('A link starts with https://, mailto:, tel: or {{')).toBeTruthy()
    expect(emitted).toHaveLength(0)
    await userEvent.clear(screen.getByTestId('image-url'))
    await userEvent.type(screen.getByTestId('image-url'), 'https://shop.example')
    expect(emitted.at(-1)!.blocks[0]).toMatchObject({ url: 'https://shop.example' })
  })

  it('keeps a spacer height out of bounds in its field', async () => {
    const design: LetterDesign = {
      ...empty,
      blocks: [{ type: 'spacer', id: 's1', height: 24 }],
    }
    const last = open(design)
    await enter(rows()[0]!)
    const height = screen.getByTestId('spacer-height')
    await userEvent.clear(height)
    await userEvent.type(height, '2')
    expect(screen.getByText('From 4 to 200 pixels')).toBeTruthy()
    await userEvent.type(height, '0')
    expect(last().blocks[0]).toEqual({ type: 'spacer', id: 's1', height: 20 })
  })

  it('speaks Russian', async () => {
    await language('ru')
    open(STARTERS.newsletter.ru)
    expect(screen.getByRole('group', { name: 'Блок 2 (Текст)' })).toBeTruthy()
    await enter(rows()[1]!)
    expect(screen.getByRole('button', { name: 'Поднять блок 2 (Текст)' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Удалить блок 2 (Текст)' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Добавить блок ниже' })).toBeTruthy()
    expect(screen.getByTestId('add-block').textContent).toContain('Добавить блок')
    expect(screen.getByLabelText('Фон')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Отменить' })).toBeTruthy()
    expect(screen.getByRole('region', { name: 'Письмо' })).toBeTruthy()
  })
})
