/**
 * What the editor's text may hold, no more than the letter's schema accepts: paragraphs and
 * lists of paragraphs in body text, one paragraph in a heading; bold, italic, underline,
 * links the letter allows, hex colours, left/centre/right alignment and variable chips.
 * Built once: every field shares these lists, so no editor is rebuilt when a block redraws.
 */
import { Node, type AnyExtension } from '@tiptap/react'
import { TextAlign } from '@tiptap/extension-text-align'
import { TextStyle } from '@tiptap/extension-text-style'
import { StarterKit } from '@tiptap/starter-kit'
import { LinkTarget } from '@shared/letter/design'
import { HexColor } from './HexColor'
import { ListItem } from './ListItem'
import { VariableNode } from './VariableNode'

/** A link is kept only if the letter accepts it; a pasted javascript: one becomes plain text. */
export const isLinkAllowed = (url: string): boolean => LinkTarget.safeParse(url).success

const kit = (lists: boolean) =>
  StarterKit.configure({
    heading: false,
    blockquote: false,
    code: false,
    codeBlock: false,
    horizontalRule: false,
    strike: false,
    listItem: false,
    trailingNode: false,
    dropcursor: false,
    // A heading brings its own one-paragraph document and has no lists.
    ...(lists ? {} : { document: false, bulletList: false, orderedList: false, listKeymap: false }),
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: isLinkAllowed,
      HTMLAttributes: { target: null, rel: null, class: null },
    },
  })

const marksAndChips: AnyExtension[] = [
  TextStyle,
  HexColor,
  TextAlign.configure({ types: ['paragraph'], alignments: ['left', 'center', 'right'] }),
  VariableNode,
]

/** A heading is one line: the document holds a single paragraph. */
const HeadingDocument = Node.create({ name: 'doc', topNode: true, content: 'paragraph' })

export type FieldKind = 'heading' | 'body'

export const FIELD_EXTENSIONS: Record<FieldKind, AnyExtension[]> = {
  heading: [kit(false), HeadingDocument, ...marksAndChips],
  body: [kit(true), ListItem, ...marksAndChips],
}
