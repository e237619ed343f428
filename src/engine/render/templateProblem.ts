/**
 * What Handlebars said, as a reason and its values the window can word in any language: where
 * (line and column, 1-based) and what (the variable, the helper, the tags). The parser's own
 * words stay as they are, as the technical fragment.
 */
import type { TemplateReason } from '@shared/errorReasons'
import type { Params } from '@shared/contract'

export interface TemplateProblem {
  reason: TemplateReason
  params: Params
}

interface HandlebarsException {
  message: string
  lineNumber?: number
  column?: number
}

const MISSING = /^"(.*)" not defined in /
const UNKNOWN_HELPER = /used the unknown helper (\S+)/
const MISMATCH = /^(\S+) doesn't match (\S+)/
const PARSE = /^(?:Parse|Lexical) error on line (\d+)[:.]/

/** `variable` is the full path when the caller could read it back from the template. */
export function templateProblem(
  error: HandlebarsException,
  source: string,
  variable?: string,
): TemplateProblem {
  const { message } = error
  const at = position(error)
  const missing = MISSING.exec(message)
  if (missing) {
    const name = variable ?? missing[1] ?? ''
    return { reason: 'template.missingVariable', params: { variable: name, ...at } }
  }
  const helper = UNKNOWN_HELPER.exec(message)
  if (helper) return { reason: 'template.unknownHelper', params: { helper: helper[1]!, ...at } }
  const mismatch = MISMATCH.exec(message)
  if (mismatch) {
    return {
      reason: 'template.mismatch',
      params: { open: mismatch[1]!, close: mismatch[2]!, ...at },
    }
  }
  if (PARSE.test(message)) {
    const where = parseErrorPosition(message, source)
    // The excerpt with its caret, and what the parser expected: technical, kept as it came.
    const fragment = message.split('\n').slice(1).join('\n')
    if (where) return { reason: 'template.syntax', params: { ...where, fragment } }
  }
  return { reason: 'template.unusable', params: { fragment: message } }
}

function position(e: HandlebarsException): Params {
  return {
    ...(e.lineNumber !== undefined && { line: e.lineNumber }),
    ...(e.column !== undefined && { column: e.column + 1 }),
  }
}

/**
 * The parser names the line but not the column; its excerpt ends, where the caret is, with up
 * to 20 characters read before the offending token (line breaks dropped, "..." in front when
 * there was more). Find the prefix of the template that prints so, on the line it names.
 */
export function parseErrorPosition(
  message: string,
  source: string,
): { line: number; column: number } | null {
  const [heading, excerpt, caret] = message.split('\n')
  const line = Number(PARSE.exec(heading ?? '')?.[1])
  const width = caret?.indexOf('^') ?? -1
  if (!excerpt || width < 0 || !Number.isFinite(line)) return null
  const before = excerpt.slice(0, width)
  const printed = (read: string) =>
    (read.length > 20 ? '...' : '') + read.slice(-20).replace(/\n/g, '')
  let fallback: { line: number; column: number } | null = null
  for (let k = 0; k <= source.length; k++) {
    const read = source.slice(0, k)
    if (printed(read) !== before) continue
    const lines = read.split('\n')
    const here = { line: lines.length, column: lines.at(-1)!.length + 1 }
    if (here.line === line) return here
    fallback ??= here
  }
  return fallback
}
