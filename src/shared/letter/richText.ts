/**
 * Rich text (paragraphs, lists, marks, variable chips) as email-safe HTML: every style inline,
 * since Gmail and Outlook drop or ignore much of a <style> sheet, and only tags every client
 * knows (p, ul, ol, li, a, strong, em, u, span, br).
 */
import type { InlineNode, List, Mark, Paragraph, RichText } from './design'
import { fieldToTemplate, textToTemplate, variableToTemplate } from './escape'

/** How the text of one block looks; links take the accent colour. */
export interface TextLook {
  font: string
  size: number
  lineHeight: number
  colour: string
  accent: string
}

export const style = (rules: Record<string, string | number | null | undefined>): string =>
  Object.entries(rules)
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([name, value]) => `${name}:${value}`)
    .join(';')

// Outermost first: a link wraps a coloured run, which wraps bold, italic and underline.
const MARK_ORDER: Mark['type'][] = ['link', 'textStyle', 'bold', 'italic', 'underline']

function wrapInMark(html: string, mark: Mark, look: TextLook): string {
  switch (mark.type) {
    case 'bold':
      return `<strong>${html}</strong>`
    case 'italic':
      return `<em>${html}</em>`
    case 'underline':
      return `<u>${html}</u>`
    case 'textStyle':
      return mark.attrs.color ? `<span style="color:${mark.attrs.color}">${html}</span>` : html
    case 'link': {
      const href = fieldToTemplate(mark.attrs.href)
      const look_ = style({ color: look.accent, 'text-decoration': 'underline' })
      return `<a href="${href}" target="_blank" style="${look_}">${html}</a>`
    }
  }
}

function inlineHtml(node: InlineNode, look: TextLook): string {
  switch (node.type) {
    case 'hardBreak':
      return '<br>'
    case 'variable':
      return variableToTemplate(node.attrs.name)
    case 'text': {
      const marks = [...(node.marks ?? [])].sort(
        (a, b) => MARK_ORDER.indexOf(b.type) - MARK_ORDER.indexOf(a.type),
      )
      return marks.reduce((html, mark) => wrapInMark(html, mark, look), textToTemplate(node.text))
    }
  }
}

/** A run of inline nodes; an empty one keeps its line with a non-breaking space. */
export function inlinesHtml(nodes: InlineNode[] | undefined, look: TextLook): string {
  const html = (nodes ?? []).map((node) => inlineHtml(node, look)).join('')
  return html === '' ? '&nbsp;' : html
}

/** Font rules on every text element: Outlook does not always carry a cell's down to them. */
export const fontRules = (look: TextLook) => ({
  'font-family': look.font,
  'font-size': `${look.size}px`,
  'line-height': `${look.lineHeight}px`,
  color: look.colour,
})

function paragraphHtml(p: Paragraph, look: TextLook, last: boolean): string {
  const css = style({
    ...fontRules(look),
    margin: last ? '0' : `0 0 ${Math.round(look.size * 0.9)}px`,
    'text-align': p.attrs?.textAlign ?? null,
  })
  return `<p style="${css}">${inlinesHtml(p.content, look)}</p>`
}

function listHtml(list: List, look: TextLook, last: boolean): string {
  const tag = list.type === 'bulletList' ? 'ul' : 'ol'
  const css = style({
    ...fontRules(look),
    margin: last ? '0' : `0 0 ${Math.round(look.size * 0.9)}px`,
    padding: '0 0 0 24px',
  })
  const items = list.content
    .map((item) => {
      const lines = item.content.map((p) => inlinesHtml(p.content, look)).join('<br>')
      return `<li style="${style({ ...fontRules(look), margin: '0 0 4px' })}">${lines}</li>`
    })
    .join('')
  return `<${tag} style="${css}">${items}</${tag}>`
}

/** The rich text of a block: its own text styles on each paragraph, so no client loses them. */
export function richTextHtml(doc: RichText, look: TextLook): string {
  return doc.content
    .map((node, i) => {
      const last = i === doc.content.length - 1
      return node.type === 'paragraph'
        ? paragraphHtml(node, look, last)
        : listHtml(node, look, last)
    })
    .join('')
}

/** The words of rich text alone, for a heading's single line or an alt text. */
export function plainInlines(doc: RichText): InlineNode[] {
  const lines = doc.content.flatMap((node) =>
    node.type === 'paragraph'
      ? [node.content ?? []]
      : node.content.flatMap((i) => i.content.map((p) => p.content ?? [])),
  )
  return lines.flatMap((line, i) => (i === 0 ? line : [{ type: 'hardBreak' as const }, ...line]))
}
