/**
 * Each block as email-safe HTML: layout by tables (the only layout Outlook for Windows renders),
 * every style inline, widths in attributes as well as styles, buttons that stay buttons where
 * CSS is stripped (the link itself is the padded, coloured box).
 */
import type { Align, Block, ColumnBlock, LetterTheme } from './design'
import { fieldToTemplate } from './escape'
import {
  fontRules,
  inlinesHtml,
  plainInlines,
  richTextHtml,
  style,
  type TextLook,
} from './richText'

export const FONTS: Record<LetterTheme['font'], string> = {
  sans: 'Arial, Helvetica, sans-serif',
  // Single quotes: the name sits inside a style="…" attribute.
  serif: "Georgia, 'Times New Roman', serif",
}

/** What every block is laid out with: the theme, and the width its column gives it. */
export interface Frame {
  theme: LetterTheme
  /** Pixels available inside the block's padding. */
  width: number
}

const PADDING_X = 24

const bodyLook = (theme: LetterTheme): TextLook => ({
  font: FONTS[theme.font],
  size: 16,
  lineHeight: 24,
  colour: theme.text,
  accent: theme.accent,
})

const HEADING_SIZES = { 1: 28, 2: 22, 3: 18 } as const

/** A row of the letter's table: one cell with the block's padding. */
function row(inner: string, padding: string, align: Align = 'left'): string {
  return `<tr><td align="${align}" style="${style({ padding, 'text-align': align })}">${inner}</td></tr>`
}

function heading(block: Extract<Block, { type: 'heading' }>, frame: Frame): string {
  const size = HEADING_SIZES[block.level]
  const look = { ...bodyLook(frame.theme), size, lineHeight: Math.round(size * 1.25) }
  const align = block.text.content.find((n) => n.type === 'paragraph')?.attrs?.textAlign ?? 'left'
  const css = style({ ...fontRules(look), margin: '0', 'font-weight': 'bold', 'text-align': align })
  const tag = `h${block.level}`
  return row(
    `<${tag} style="${css}">${inlinesHtml(plainInlines(block.text), look)}</${tag}>`,
    `12px ${PADDING_X}px 4px`,
    align,
  )
}

function text(block: { text: Extract<Block, { type: 'text' }>['text'] }, look: TextLook): string {
  return row(richTextHtml(block.text, look), `8px ${PADDING_X}px`)
}

/**
 * The link is the button: padded and coloured itself, so the whole box is clickable, inside a
 * cell with the same colour for clients that ignore a link's padding.
 */
function button(block: Extract<Block, { type: 'button' }>, frame: Frame): string {
  const colour = block.colour ?? frame.theme.accent
  const font = FONTS[frame.theme.font]
  const link = style({
    display: 'inline-block',
    padding: '12px 28px',
    'font-family': font,
    'font-size': '16px',
    'line-height': '20px',
    'font-weight': 'bold',
    color: '#ffffff',
    'text-decoration': 'none',
    'background-color': colour,
    'border-radius': '6px',
  })
  const table =
    `<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="${block.align}" style="margin:0 ${block.align === 'center' ? 'auto' : '0'}">` +
    `<tr><td bgcolor="${colour}" style="${style({ 'background-color': colour, 'border-radius': '6px' })}">` +
    `<a href="${fieldToTemplate(block.url)}" target="_blank" style="${link}">${fieldToTemplate(block.label)}</a>` +
    `</td></tr></table>`
  return row(table, `12px ${PADDING_X}px`, block.align)
}

function image(block: Extract<Block, { type: 'image' }>, frame: Frame): string {
  const width = Math.min(block.width ?? frame.width, frame.width)
  const css = style({
    display: 'block',
    width: `${width}px`,
    'max-width': '100%',
    height: 'auto',
    border: '0',
    outline: 'none',
    'text-decoration': 'none',
    margin: block.align === 'center' ? '0 auto' : block.align === 'right' ? '0 0 0 auto' : '0',
  })
  const img = `<img src="cid:${fieldToTemplate(block.cid)}" alt="${fieldToTemplate(block.alt)}" width="${width}" style="${css}">`
  const linked = block.url
    ? `<a href="${fieldToTemplate(block.url)}" target="_blank" style="text-decoration:none">${img}</a>`
    : img
  return row(linked, `8px ${PADDING_X}px`, block.align)
}

function divider(frame: Frame): string {
  const line = style({
    'border-top': `1px solid ${lineColour(frame.theme)}`,
    'font-size': '1px',
    'line-height': '1px',
  })
  return row(
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td style="${line}">&nbsp;</td></tr></table>`,
    `12px ${PADDING_X}px`,
  )
}

function spacer(height: number): string {
  const css = style({ height: `${height}px`, 'font-size': '1px', 'line-height': `${height}px` })
  return `<tr><td height="${height}" style="${css}">&nbsp;</td></tr>`
}

function footer(block: Extract<Block, { type: 'footer' }>, frame: Frame): string {
  const look = {
    ...bodyLook(frame.theme),
    size: 12,
    lineHeight: 18,
    colour: quietColour(frame.theme),
  }
  return row(
    richTextHtml(block.text, { ...look, accent: look.colour }),
    `16px ${PADDING_X}px 24px`,
    'center',
  )
}

/**
 * Two columns side by side on a wide screen, one above the other on a phone: each column is a
 * table that floats (align) at half the width, and the head's media query stacks them where it
 * is honoured. Outlook for Windows keeps them side by side, as they fit.
 */
function columns(block: Extract<Block, { type: 'columns' }>, frame: Frame): string {
  const half = Math.floor((frame.width + 2 * PADDING_X) / 2)
  const inner = { ...frame, width: half - 2 * PADDING_X }
  const column = (blocks: ColumnBlock[], align: 'left' | 'right') =>
    `<table role="presentation" class="outbox-column" align="${align}" width="${half}" cellpadding="0" cellspacing="0" border="0" style="width:${half}px">` +
    blocks.map((b) => blockHtml(b, inner)).join('') +
    `</table>`
  return `<tr><td style="padding:0">${column(block.columns[0], 'left')}${column(block.columns[1], 'right')}</td></tr>`
}

export function blockHtml(block: Block, frame: Frame): string {
  switch (block.type) {
    case 'heading':
      return heading(block, frame)
    case 'text':
      return text(block, bodyLook(frame.theme))
    case 'button':
      return button(block, frame)
    case 'image':
      return image(block, frame)
    case 'divider':
      return divider(frame)
    case 'spacer':
      return spacer(block.height)
    case 'columns':
      return columns(block, frame)
    case 'footer':
      return footer(block, frame)
  }
}

/**
 * The footer's small text: the text colour a little toward the paper, still readable (at least
 * 4.5:1 against the paper for the starters' themes, WCAG AA for its 12 px).
 */
export const quietColour = (theme: LetterTheme): string => mix(theme.text, theme.paper, 0.3)

/** A divider: decoration, so well toward the paper. */
export const lineColour = (theme: LetterTheme): string => mix(theme.text, theme.paper, 0.8)

/** A colour between two (#rgb or #rrggbb), for quiet lines and footers that suit the theme. */
export function mix(a: string, b: string, share = 0.45): string {
  const rgb = (hex: string) => {
    const h = hex.length === 4 ? [...hex.slice(1)].map((c) => c + c).join('') : hex.slice(1)
    return [0, 2, 4].map((i) => parseInt(h.slice(i, i + 2), 16))
  }
  const [x, y] = [rgb(a), rgb(b)]
  return `#${x
    .map((v, i) =>
      Math.round(v * (1 - share) + y[i]! * share)
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`
}
