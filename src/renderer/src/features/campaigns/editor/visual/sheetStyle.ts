/**
 * How the editor's sheet looks: close to the email toEmailHtml.ts makes (600 px paper on the
 * background, the theme's font, the same sizes and spacing), so the marketer sees what the
 * recipient gets. The theme arrives as CSS variables on the sheet, so changing it redraws no
 * block. One <style> element serves the whole editor (the window's CSP allows inline styles).
 */
import type { CSSProperties } from 'react'
import { FONTS, lineColour, quietColour } from '@shared/letter/blocks'
import type { LetterTheme } from '@shared/letter/design'
import { LETTER_WIDTH } from '@shared/letter/toEmailHtml'
import { VARIABLE_CLASS } from './rich/VariableNode'

export const SHEET = 'outbox-sheet'
export const RICH = 'outbox-rich'

export function sheetVariables(theme: LetterTheme): CSSProperties {
  return {
    '--letter-background': theme.background,
    '--letter-paper': theme.paper,
    '--letter-text': theme.text,
    '--letter-accent': theme.accent,
    '--letter-quiet': quietColour(theme),
    '--letter-line': lineColour(theme),
    '--letter-font': FONTS[theme.font],
    '--letter-width': `${LETTER_WIDTH}px`,
  } as CSSProperties
}

const S = `.${SHEET}`

export const SHEET_CSS = `
${S} { background: var(--letter-background); padding: 24px 8px; border-radius: var(--mantine-radius-sm); }
${S} .outbox-paper { max-width: var(--letter-width); margin: 0 auto; background: var(--letter-paper);
  border-radius: 8px; padding: 8px 0; font-family: var(--letter-font); color: var(--letter-text);
  font-size: 16px; line-height: 24px; }
${S} .outbox-block { position: relative; display: flow-root; border-radius: 4px; outline: 1px dashed transparent; }
${S} .outbox-block:hover, ${S} .outbox-block[data-active='true'] { outline-color: var(--mantine-color-gray-5); }
${S} .outbox-block[data-active='true'] { outline-style: solid; outline-color: var(--mantine-primary-color-filled); }
${S} .outbox-block:focus-visible { outline: 2px solid var(--mantine-primary-color-filled); }
${S} .outbox-controls { position: absolute; top: -14px; right: 8px; z-index: 2;
  background: var(--mantine-color-body); border-radius: var(--mantine-radius-sm);
  box-shadow: var(--mantine-shadow-xs); }
${S} .outbox-gap { display: flex; justify-content: center; height: 0; position: relative; z-index: 1; }
${S} .outbox-gap > * { transform: translateY(-50%); opacity: 0; }
${S} .outbox-gap:hover > *, ${S} .outbox-gap > [aria-expanded='true'] { opacity: 1; }
${S} .outbox-gap-button { width: 22px; height: 22px; border: 0; border-radius: 50%; padding: 0; cursor: pointer;
  background: var(--mantine-primary-color-filled); color: var(--mantine-color-white); font: 600 14px/22px var(--mantine-font-family); }
${S} .outbox-pad { padding: 8px 24px; }
${S} .${RICH} { outline: none; white-space: pre-wrap; overflow-wrap: break-word; min-height: 24px; cursor: text; }
${S} .${RICH} p { margin: 0 0 14px; }
${S} .${RICH} ul, ${S} .${RICH} ol { margin: 0 0 14px; padding: 0 0 0 24px; }
${S} .${RICH} li { margin: 0 0 4px; }
${S} .${RICH} li p { margin: 0; }
${S} .${RICH} > :last-child { margin-bottom: 0; }
${S} .${RICH} a { color: var(--letter-accent); text-decoration: underline; }
${S} .${RICH}:focus-visible, ${S} .${RICH}.ProseMirror-focused { box-shadow: 0 0 0 2px var(--mantine-primary-color-filled); border-radius: 2px; }
${S} .outbox-heading .${RICH} { font-weight: bold; }
${S} .outbox-heading .${RICH} p { margin: 0; }
${S} .outbox-heading[data-level='1'] .${RICH} { font-size: 28px; line-height: 35px; }
${S} .outbox-heading[data-level='2'] .${RICH} { font-size: 22px; line-height: 28px; }
${S} .outbox-heading[data-level='3'] .${RICH} { font-size: 18px; line-height: 23px; }
${S} .outbox-footer { text-align: center; }
${S} .outbox-footer .${RICH} { font-size: 12px; line-height: 18px; color: var(--letter-quiet); }
${S} .outbox-footer .${RICH} p { margin: 0 0 11px; }
${S} .outbox-footer .${RICH} a { color: var(--letter-quiet); }
${S} .${VARIABLE_CLASS} { display: inline-block; padding: 0 8px; margin: 0 1px; border-radius: var(--mantine-radius-xl);
  background: var(--mantine-color-blue-light); color: var(--mantine-color-blue-light-color);
  font-family: var(--mantine-font-family); font-size: 0.8em; font-weight: 600; line-height: 1.6;
  white-space: nowrap; vertical-align: baseline; user-select: all; }
${S} .ProseMirror-selectednode.${VARIABLE_CLASS} { outline: 2px solid var(--mantine-primary-color-filled); }
${S} .outbox-columns { display: flex; gap: 0; }
${S} .outbox-columns > * { flex: 1 1 0; min-width: 0; padding: 8px 0; }
${S} .outbox-columns > * + * { border-left: 1px dashed var(--mantine-color-gray-4); }
${S} .outbox-settings { margin: 8px 24px 12px; padding: 12px; border-radius: var(--mantine-radius-sm);
  background: var(--mantine-color-gray-light); font-family: var(--mantine-font-family); color: var(--mantine-color-text); }
`
