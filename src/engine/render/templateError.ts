/**
 * What went wrong with a template, said for the person who wrote it: which part, what, where.
 * Handlebars' own messages are read here once, so the rest of the engine sees a TemplateError.
 */
import type { TemplatePart } from '@shared/contract'
import { LetterLimitError } from './letterLimits'
import { hb } from './templateEnvironment'
import { templateProblem, type TemplateProblem } from './templateProblem'

/** The contract's parts: the window words each one, so the two lists are one. */
export type { TemplatePart }

const PART_NAMES: Record<TemplatePart, string> = {
  subject: 'the subject',
  preheader: 'the preheader',
  html: 'the HTML body',
  text: 'the text part',
  unsubscribe: 'the unsubscribe link',
  linkTagging: 'the UTM link tags',
}

export class TemplateError extends Error {
  readonly part: TemplatePart
  readonly variable?: string
  /** What is wrong and where, for the window's words; `part` is among the params. */
  readonly problem: TemplateProblem

  constructor(message: string, part: TemplatePart, problem: TemplateProblem, variable?: string) {
    super(message)
    this.name = 'TemplateError'
    this.part = part
    this.problem = { reason: problem.reason, params: { part, ...problem.params } }
    if (variable !== undefined) this.variable = variable
  }
}

const MISSING = /^"(.*)" not defined in /
/** The variable the campaign's unsubscribe settings give (sender/compose.ts). */
const UNSUBSCRIBE_VARIABLE = 'unsubscribeUrl'
const UNKNOWN_HELPER = /used the unknown helper (\S+)/
/** Strict mode searching a value (a string) for a part of it: `{{name.length}}`. */
const PART_OF_A_VALUE = /^Cannot use 'in' operator to search for '(.*)' in /
/** Handlebars' own hooks: a template that names them breaks inside Handlebars. */
const HANDLEBARS_HOOKS = new Set(['helperMissing', 'blockHelperMissing'])

export function toTemplateError(error: unknown, part: TemplatePart, source: string): TemplateError {
  if (error instanceof LetterLimitError) {
    return new TemplateError(`${PART_NAMES[part]}: ${error.message}`, part, error.problem)
  }
  const e = error instanceof Error ? error : new Error(String(error))
  const message = e.message
  const missing = MISSING.exec(message)
  if (missing) {
    const { lineNumber, column } = error as { lineNumber?: number; column?: number }
    const variable = fullPath(source, lineNumber, column) ?? missing[1] ?? ''
    const where = lineNumber !== undefined ? ` (line ${lineNumber})` : ''
    if (variable === UNSUBSCRIBE_VARIABLE) {
      // Not the recipient's data that is missing: the campaign has nowhere to send a leaver.
      const { params } = templateProblem(e, source, variable)
      return new TemplateError(
        `${PART_NAMES[part]} links to {{unsubscribeUrl}}, but the campaign has no unsubscribe page or address`,
        part,
        { reason: 'template.noUnsubscribeTarget', params },
        variable,
      )
    }
    return new TemplateError(
      `Missing variable "${variable}" in ${PART_NAMES[part]}${where}`,
      part,
      templateProblem(e, source, variable),
      variable,
    )
  }
  const partOfValue = PART_OF_A_VALUE.exec(message)
  if (partOfValue) return notAvailable(part, source, partOfValue[1] ?? '')
  if (e instanceof TypeError) {
    const hook = findPath(source, (path) => HANDLEBARS_HOOKS.has(path.head))
    if (hook) {
      return new TemplateError(
        `Unknown helper "${hook.original}" in ${PART_NAMES[part]}: only if, unless, each, with and lookup can be used`,
        part,
        {
          reason: 'template.unknownHelper',
          params: { helper: hook.original, line: hook.line, column: hook.column },
        },
      )
    }
  }
  const problem = templateProblem(e, source)
  const helper = UNKNOWN_HELPER.exec(message)
  if (helper) {
    return new TemplateError(
      `Unknown helper "${helper[1]}" in ${PART_NAMES[part]}: only if, unless, each, with and lookup can be used`,
      part,
      problem,
    )
  }
  // Parse errors already say where, with a caret under the spot.
  return new TemplateError(`Template error in ${PART_NAMES[part]}: ${message}`, part, problem)
}

function notAvailable(part: TemplatePart, source: string, name: string): TemplateError {
  const path = findPath(source, (p) => p.parts.slice(1).includes(name) || p.head === name)
  const variable = path?.original ?? name
  return new TemplateError(
    `"${variable}" in ${PART_NAMES[part]} reads a part of a value; a recipient's values are text`,
    part,
    {
      reason: 'template.notAvailable',
      params: { variable, ...(path && { line: path.line, column: path.column }) },
    },
    variable,
  )
}

/**
 * Handlebars names only the last segment that was missing ("name" for {{user.name}}); the
 * error's position points at the whole path expression, so read it back from the template.
 */
function fullPath(source: string, line?: number, column?: number): string | undefined {
  if (line === undefined || column === undefined) return undefined
  return findPath(source, (path) => path.line === line && path.column === column + 1)?.original
}

interface FoundPath {
  original: string
  head: string
  parts: string[]
  /** 1-based, as the window shows them. */
  line: number
  column: number
}

/** The first path expression of the template that matches; the template parses (and its depth was checked). */
function findPath(source: string, matches: (path: FoundPath) => boolean): FoundPath | undefined {
  let found: FoundPath | undefined
  const visit = (node: unknown): void => {
    if (found !== undefined || node === null || typeof node !== 'object') return
    const n = node as {
      type?: unknown
      original?: unknown
      head?: unknown
      parts?: unknown
      loc?: hbs.AST.SourceLocation
    }
    if (n.type === 'PathExpression' && typeof n.original === 'string' && n.loc) {
      const parts = Array.isArray(n.parts) ? n.parts.map(String) : []
      const path: FoundPath = {
        original: n.original,
        head: typeof n.head === 'string' ? n.head : (parts[0] ?? ''),
        parts,
        line: n.loc.start.line,
        column: n.loc.start.column + 1,
      }
      if (matches(path)) {
        found = path
        return
      }
    }
    for (const [key, value] of Object.entries(node)) {
      if (key !== 'loc') visit(value)
    }
  }
  try {
    visit(hb.parse(source))
  } catch {
    return undefined
  }
  return found
}
