/** Short ways to write a starter letter's blocks; ids are made in order, so a letter is stable. */
import type {
  Align,
  Block,
  ColumnBlock,
  InlineNode,
  LetterDesign,
  LetterTheme,
  RichText,
} from '../design'

type Words = string | InlineNode[]

/** A string's line breaks become hard breaks, as Shift+Enter makes them in the editor. */
const inlines = (words: Words): InlineNode[] =>
  typeof words !== 'string'
    ? words
    : words
        .split('\n')
        .flatMap((line, i): InlineNode[] => [
          ...(i > 0 ? [{ type: 'hardBreak' as const }] : []),
          ...(line === '' ? [] : [{ type: 'text' as const, text: line }]),
        ])

export const bold = (text: string): InlineNode => ({
  type: 'text',
  text,
  marks: [{ type: 'bold' }],
})
export const link = (text: string, href: string): InlineNode => ({
  type: 'text',
  text,
  marks: [{ type: 'link', attrs: { href } }],
})
export const plain = (text: string): InlineNode => ({ type: 'text', text })

export function rich(...paragraphs: Words[]): RichText {
  return {
    type: 'doc',
    content: paragraphs.map((p) => ({ type: 'paragraph', content: inlines(p) })),
  }
}

export function richWithList(intro: Words[], items: Words[], outro: Words[] = []): RichText {
  return {
    type: 'doc',
    content: [
      ...rich(...intro).content,
      {
        type: 'bulletList',
        content: items.map((item) => ({
          type: 'listItem',
          content: [{ type: 'paragraph', content: inlines(item) }],
        })),
      },
      ...rich(...outro).content,
    ],
  }
}

/** Builds one letter's blocks with ids b1, b2, … in order. */
export function blocks(build: (b: BlockMaker) => (Block | ColumnBlock)[]): Block[] {
  let n = 0
  const id = () => `b${++n}`
  const maker: BlockMaker = {
    heading: (level, words, align = 'left') => ({
      type: 'heading',
      id: id(),
      level,
      text: {
        type: 'doc',
        content: [{ type: 'paragraph', attrs: { textAlign: align }, content: inlines(words) }],
      },
    }),
    text: (text) => ({ type: 'text', id: id(), text }),
    button: (label, url, align = 'left') => ({
      type: 'button',
      id: id(),
      label,
      url,
      align,
      colour: null,
    }),
    divider: () => ({ type: 'divider', id: id() }),
    spacer: (height) => ({ type: 'spacer', id: id(), height }),
    columns: (left, right) => ({ type: 'columns', id: id(), columns: [left, right] }),
    footer: (text) => ({ type: 'footer', id: id(), text }),
  }
  return build(maker) as Block[]
}

export interface BlockMaker {
  heading(level: 1 | 2 | 3, words: Words, align?: Align): ColumnBlock
  text(text: RichText): ColumnBlock
  button(label: string, url: string, align?: Align): ColumnBlock
  divider(): ColumnBlock
  spacer(height: number): ColumnBlock
  columns(left: ColumnBlock[], right: ColumnBlock[]): Block
  footer(text: RichText): Block
}

export function design(
  language: LetterDesign['language'],
  theme: LetterTheme,
  list: Block[],
): LetterDesign {
  return { version: 1, language, theme, blocks: list }
}

/** The footer every starter ends with: why the reader gets it, and the way out. */
export const footers = {
  en: (who: string) =>
    rich(`You receive this letter because you subscribed to news from ${who}.`, [
      link('Unsubscribe', '{{unsubscribeUrl}}'),
      plain(' — one click, no questions.'),
    ]),
  ru: (who: string) =>
    rich(`Вы получили это письмо, потому что подписались на новости ${who}.`, [
      link('Отписаться', '{{unsubscribeUrl}}'),
      plain(' — в один клик, без вопросов.'),
    ]),
}
