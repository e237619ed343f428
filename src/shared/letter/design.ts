/**
 * A letter written in the visual editor: a list of blocks a marketer arranges, with rich text
 * inside. It is what the editor edits and what is saved; the HTML that is sent is made from it
 * by toEmailHtml.ts, never edited by hand.
 *
 * Rich text is held as ProseMirror-style JSON (the editor's own format): paragraphs and lists of
 * text with marks, plus `variable` nodes — a recipient's value, one atom that cannot be half
 * deleted.
 */
import { z } from 'zod'

/** A colour as #rgb or #rrggbb: nothing a style attribute could be tricked with. */
export const Colour = z
  .string()
  .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, 'A colour is #rrggbb')

/**
 * A link a letter may hold: web, mail, phone, or a variable that holds one
 * (`{{unsubscribeUrl}}`, `https://shop.example/{{code}}`). Never `javascript:` or `data:`.
 */
export const LinkTarget = z
  .string()
  .trim()
  .max(2000)
  .regex(/^(?:https?:\/\/|mailto:|tel:|\{\{)/i, 'A link starts with https://, mailto:, tel: or {{')

/** A recipient's column, as the editor inserts it; `]` would end Handlebars' [name] form. */
export const VariableName = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[^\]{}]+$/)

export const Align = z.enum(['left', 'center', 'right'])
export type Align = z.output<typeof Align>

const Mark = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }).strict(),
  z.object({ type: z.literal('italic') }).strict(),
  z.object({ type: z.literal('underline') }).strict(),
  z.object({ type: z.literal('link'), attrs: z.object({ href: LinkTarget }).passthrough() }),
  z.object({
    type: z.literal('textStyle'),
    attrs: z.object({ color: Colour.nullish() }).passthrough(),
  }),
])
export type Mark = z.output<typeof Mark>

const TextNode = z
  .object({
    type: z.literal('text'),
    text: z.string().max(100_000),
    marks: z.array(Mark).optional(),
  })
  .strict()
const VariableNode = z
  .object({ type: z.literal('variable'), attrs: z.object({ name: VariableName }).strict() })
  .strict()
const HardBreak = z.object({ type: z.literal('hardBreak') }).strict()
export const InlineNode = z.discriminatedUnion('type', [TextNode, VariableNode, HardBreak])
export type InlineNode = z.output<typeof InlineNode>

const Paragraph = z
  .object({
    type: z.literal('paragraph'),
    attrs: z.object({ textAlign: Align.nullish() }).passthrough().optional(),
    content: z.array(InlineNode).max(10_000).optional(),
  })
  .strict()
export type Paragraph = z.output<typeof Paragraph>

const ListItem = z
  .object({ type: z.literal('listItem'), content: z.array(Paragraph).min(1).max(100) })
  .strict()
const List = z
  .object({
    type: z.enum(['bulletList', 'orderedList']),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(ListItem).min(1).max(1000),
  })
  .strict()
export type List = z.output<typeof List>

/** Paragraphs and lists: a list holds paragraphs only, so the depth is fixed. */
export const RichText = z
  .object({
    type: z.literal('doc'),
    content: z.array(z.union([Paragraph, List])).max(1000),
  })
  .strict()
export type RichText = z.output<typeof RichText>

const id = z.string().min(1).max(64)

export const HeadingBlock = z
  .object({
    type: z.literal('heading'),
    id,
    level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    text: RichText,
  })
  .strict()
export const TextBlock = z.object({ type: z.literal('text'), id, text: RichText }).strict()
export const ButtonBlock = z
  .object({
    type: z.literal('button'),
    id,
    /** May hold {{variables}}, written as text. */
    label: z.string().trim().min(1).max(200),
    url: LinkTarget,
    align: Align,
    colour: Colour.nullable(),
  })
  .strict()
export const ImageBlock = z
  .object({
    type: z.literal('image'),
    id,
    /** One of the campaign's images, sent inline (cid:). */
    cid: z.string().min(1).max(255),
    alt: z.string().max(500),
    /** Where a click on the image goes, if anywhere. */
    url: LinkTarget.nullable(),
    /** Pixels at desktop width; null is the full width of its column. */
    width: z.number().int().min(16).max(1200).nullable(),
    align: Align,
  })
  .strict()
export const DividerBlock = z.object({ type: z.literal('divider'), id }).strict()
export const SpacerBlock = z
  .object({ type: z.literal('spacer'), id, height: z.number().int().min(4).max(200) })
  .strict()
/** The end of the letter: who sends it and why, and the unsubscribe link. Small and grey. */
export const FooterBlock = z.object({ type: z.literal('footer'), id, text: RichText }).strict()

/** What a column of a two-column row can hold. */
export const ColumnBlock = z.discriminatedUnion('type', [
  HeadingBlock,
  TextBlock,
  ButtonBlock,
  ImageBlock,
  DividerBlock,
  SpacerBlock,
])
export type ColumnBlock = z.output<typeof ColumnBlock>

export const ColumnsBlock = z
  .object({
    type: z.literal('columns'),
    id,
    columns: z.tuple([z.array(ColumnBlock).max(50), z.array(ColumnBlock).max(50)]),
  })
  .strict()

export const Block = z.discriminatedUnion('type', [
  HeadingBlock,
  TextBlock,
  ButtonBlock,
  ImageBlock,
  DividerBlock,
  SpacerBlock,
  ColumnsBlock,
  FooterBlock,
])
export type Block = z.output<typeof Block>
export type BlockType = Block['type']

export const LetterTheme = z
  .object({
    /** Around the letter. */
    background: Colour,
    /** The letter's own sheet. */
    paper: Colour,
    text: Colour,
    /** Links and buttons. */
    accent: Colour,
    font: z.enum(['sans', 'serif']),
  })
  .strict()
export type LetterTheme = z.output<typeof LetterTheme>

export const LetterDesign = z
  .object({
    version: z.literal(1),
    /** The letter's language, for `<html lang>` (screen readers, spell checkers). */
    language: z.enum(['en', 'ru']),
    theme: LetterTheme,
    blocks: z.array(Block).max(500),
  })
  .strict()
export type LetterDesign = z.output<typeof LetterDesign>
