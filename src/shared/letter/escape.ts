/**
 * What the editor holds becomes a Handlebars template of HTML: the marketer's words must stay
 * words (no tag, no template expression), and only variable chips become `{{…}}`. Handlebars
 * then escapes each recipient's value when the letter is rendered, so no value can add markup.
 */

const HTML_SPECIAL: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_SPECIAL[c]!)
}

/**
 * Typed text as it must read: HTML escaped, and `{{` preceded by a backslash, which Handlebars
 * prints as the braces themselves instead of reading a variable.
 */
export function textToTemplate(text: string): string {
  return escapeHtml(text).replace(/\{\{/g, '\\{{')
}

/** A simple name is written `{{name}}`; any other column (spaces, dots, Cyrillic) `{{[my name]}}`. */
export function variableToTemplate(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `{{${name}}}` : `{{[${name}]}}`
}

/**
 * A value typed into a field where `{{variable}}` is meant as a variable (a button's label,
 * `https://shop.example/?code={{code}}`): HTML escaped, the braces left for Handlebars — but
 * only its escaping form: `{{{x}}}` and `{{&x}}` would write a recipient's value unescaped.
 */
export function fieldToTemplate(value: string): string {
  const escapingOnly = value
    .replace(/\{\{\{+/g, '{{')
    .replace(/\}\}\}+/g, '}}')
    .replace(/\{\{(~?)\s*&\s*/g, '{{$1')
  return escapeHtml(escapingOnly)
}
