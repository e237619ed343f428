/**
 * A visual letter as the HTML that is sent: a Handlebars template (variables as `{{…}}`, every
 * typed word escaped) of a 600-pixel table-laid letter on a background, every style inline.
 * The head's small <style> only adds what inline styles cannot: stacking columns and filling
 * the width on a phone. No script, no external CSS, no web font: it arrives looking the same in
 * Gmail, Apple Mail and Outlook, and it is readable when a client darkens it.
 */
import { blockHtml, type Frame } from './blocks'
import type { LetterDesign } from './design'
import { style } from './richText'

/** The letter's width on a wide screen; what mail clients and their preview panes expect. */
export const LETTER_WIDTH = 600

const HEAD_STYLE =
  '@media only screen and (max-width:620px){' +
  '.outbox-letter{width:100%!important}' +
  '.outbox-column{width:100%!important;float:none!important}' +
  'img{max-width:100%!important;height:auto!important}' +
  '}'

export function toEmailHtml(design: LetterDesign): string {
  const { theme } = design
  const frame: Frame = { theme, width: LETTER_WIDTH - 48 }
  const rows = design.blocks.map((block) => blockHtml(block, frame)).join('\n')
  const page = style({ margin: '0', padding: '0', 'background-color': theme.background })
  const sheet = style({
    width: `${LETTER_WIDTH}px`,
    'max-width': '100%',
    'background-color': theme.paper,
    'border-radius': '8px',
  })
  return [
    '<!DOCTYPE html>',
    `<html lang="${design.language}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Tells clients that support it the letter has its own colours; they adjust rather than invert.
    '<meta name="color-scheme" content="light dark">',
    '<meta name="supported-color-schemes" content="light dark">',
    `<style>${HEAD_STYLE}</style>`,
    '</head>',
    `<body style="${page}">`,
    `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="${theme.background}" style="background-color:${theme.background}">`,
    '<tr><td align="center" style="padding:24px 8px">',
    `<table role="presentation" class="outbox-letter" width="${LETTER_WIDTH}" cellpadding="0" cellspacing="0" border="0" bgcolor="${theme.paper}" style="${sheet}">`,
    rows,
    '</table>',
    '</td></tr>',
    '</table>',
    '</body>',
    '</html>',
  ].join('\n')
}
