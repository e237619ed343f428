/**
 * A block as the editor adds it: a few words in the letter's language that say what to write,
 * so the marketer sees the block's look at once and types over them. A new footer carries the
 * unsubscribe link, as every letter's end should.
 */
import type { Block, BlockType, LetterDesign, RichText } from '../design'
import { footers, rich } from '../starters/build'

type Language = LetterDesign['language']

const WORDS = {
  en: {
    heading: 'A heading',
    text: 'Write your text here. Select words to make them bold, add a link or a variable.',
    button: 'Open',
    left: 'The left column.',
    right: 'The right column.',
    sender: '[your company]',
  },
  ru: {
    heading: 'Заголовок',
    text: 'Напишите здесь текст. Выделите слова, чтобы сделать их жирными, добавить ссылку или переменную.',
    button: 'Открыть',
    left: 'Левая колонка.',
    right: 'Правая колонка.',
    sender: '[вашей компании]',
  },
} satisfies Record<Language, Record<string, string>>

/** Where a new button points until the marketer gives it a link; it passes LinkTarget. */
export const PLACEHOLDER_URL = 'https://example.com'

type TextBlock = Extract<Block, { type: 'text' }>
const textBlock = (id: string, text: RichText): TextBlock => ({ type: 'text', id, text })

/**
 * A new block of a kind. `cid` is the campaign image a new image block shows; the editor
 * offers an image block only when the campaign has one.
 */
export function newBlock(
  type: BlockType,
  language: Language,
  nextId: () => string,
  cid?: string,
): Block {
  const words = WORDS[language]
  const id = nextId()
  switch (type) {
    case 'heading':
      return { type, id, level: 2, text: rich(words.heading) }
    case 'text':
      return textBlock(id, rich(words.text))
    case 'button':
      return { type, id, label: words.button, url: PLACEHOLDER_URL, align: 'left', colour: null }
    case 'image':
      if (!cid) throw new Error('An image block needs one of the campaign’s images')
      return { type, id, cid, alt: '', url: null, width: null, align: 'center' }
    case 'divider':
      return { type, id }
    case 'spacer':
      return { type, id, height: 24 }
    case 'columns':
      return {
        type,
        id,
        columns: [
          [textBlock(nextId(), rich(words.left))],
          [textBlock(nextId(), rich(words.right))],
        ],
      }
    case 'footer':
      return { type, id, text: footers[language](words.sender) }
  }
}
