/**
 * The preheader: the line of text mail apps show after the subject in the inbox list. It goes
 * into the HTML as the first thing in the body, hidden when the letter is opened, the way email
 * developers write it. The text part never gets it: it is added after the text is made.
 */
import { Parser } from 'htmlparser2'

/**
 * Hidden in every client we know: display:none for most, mso-hide:all for Outlook on Windows,
 * zero size and transparency for the apps that ignore display:none.
 */
const HIDDEN =
  'display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all;color:transparent'

/**
 * After the preheader, invisible characters (combining grapheme joiner, zero-width non-joiner,
 * no-break space) fill the rest of the inbox line, so the body's first words do not follow the
 * preheader there. Enough for the longest previews (about 140 characters and more).
 */
const PADDING = '&#847;&zwnj;&nbsp;'.repeat(90)

/** The rendered preheader as one line of plain text: the inbox shows one line. */
export function preheaderLine(rendered: string): string {
  return rendered.replace(/\s+/g, ' ').trim()
}

const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  )

/** The hidden element for a preheader (plain text, escaped here); '' for none. */
export function preheaderElement(preheader: string): string {
  if (preheader === '') return ''
  return `<div style="${HIDDEN}">${escapeHtml(preheader)}${PADDING}</div>`
}

/**
 * Where the preheader goes: just after the `<body …>` tag. Without a body, after the doctype,
 * the `<html>` tag or the head, whichever comes last before the letter's content begins; with
 * none of them, at the very start. Found by htmlparser2, so a "<body>" inside a comment or a
 * script is not a tag.
 */
export function preheaderPosition(html: string): number {
  let position = 0
  let inHead = false
  const parser: Parser = new Parser(
    {
      onprocessinginstruction(name) {
        if (name.toLowerCase() === '!doctype') position = parser.endIndex + 1
      },
      onopentag(name) {
        if (name === 'body') {
          position = parser.endIndex + 1
          parser.pause() // the body's tag is all we need
        } else if (name === 'html') position = parser.endIndex + 1
        else if (name === 'head') inHead = true
        else if (!inHead) parser.pause() // the content began without a body
      },
      onclosetag(name, implied) {
        if (name !== 'head') return
        inHead = false
        if (!implied) position = parser.endIndex + 1
      },
      ontext(text) {
        if (!inHead && text.trim() !== '') parser.pause()
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  return position
}

/** The HTML with the preheader as its first content; the same HTML for an empty preheader. */
export function withPreheader(html: string, preheader: string): string {
  const element = preheaderElement(preheader)
  if (element === '') return html
  const at = preheaderPosition(html)
  return html.slice(0, at) + element + html.slice(at)
}
