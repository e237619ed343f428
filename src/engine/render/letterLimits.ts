/**
 * The bounds a letter must keep, checked without recursion before anything recursive sees it.
 *
 * Handlebars' parser slows quadratically with block depth (5,000 nested blocks take seconds) and
 * its compiler, like html-to-text's tree walk, recurses once per level, so a deep enough letter
 * overflows the stack. Loops over the recipient's data (`{{#each @root}}` inside itself) multiply
 * the output. Each bound here is far beyond what a real letter uses, and each refusal names what
 * was too much, in the TemplateProblem the window words.
 */
import { Parser } from 'htmlparser2'
import type { TemplateProblem } from './templateProblem'

export interface LetterLimits {
  /** Handlebars blocks ({{#if}}, {{#each}}, …) inside one another. */
  blockDepth: number
  /** HTML elements inside one another, counted as a browser's parser builds the tree. */
  htmlDepth: number
  /** Characters one rendered part may have, and loops may write in one part. */
  renderedChars: number
  /** Milliseconds loops may run while one part renders. */
  renderMs: number
  /** The clock of renderMs; tests pass their own. */
  now: () => number
}

export const LETTER_LIMITS: LetterLimits = {
  blockDepth: 50,
  htmlDepth: 200,
  renderedChars: 5_000_000,
  renderMs: 1000,
  now: () => performance.now(),
}

/** A bound the letter broke; render.ts turns it into a TemplateError of the part. */
export class LetterLimitError extends Error {
  constructor(
    message: string,
    readonly problem: TemplateProblem,
  ) {
    super(message)
    this.name = 'LetterLimitError'
  }
}

const lineAt = (source: string, index: number): number => {
  let line = 1
  for (let i = source.indexOf('\n'); i !== -1 && i < index; i = source.indexOf('\n', i + 1)) line++
  return line
}

/**
 * Refuses a template whose blocks nest deeper than the limit, reading only its tags: `{{#…}}`
 * and `{{^name}}` open a block, `{{/…}}` closes one; comments and `\{{` are text.
 */
export function checkBlockDepth(source: string, limits: LetterLimits = LETTER_LIMITS): void {
  let depth = 0
  let at = source.indexOf('{{')
  while (at !== -1) {
    if (source.startsWith('{{!--', at)) {
      const end = source.indexOf('--}}', at + 5)
      if (end === -1) return // an unclosed comment: Handlebars itself says so
      at = source.indexOf('{{', end + 4)
      continue
    }
    if (at > 0 && source[at - 1] === '\\') {
      at = source.indexOf('{{', at + 2)
      continue
    }
    let k = at + 2
    while (source[k] === '{' || source[k] === '~') k++
    const sign = source[k]
    if (sign === '#' || (sign === '^' && !/^\^\s*~?\}\}/.test(source.slice(k, k + 40)))) {
      depth++
      if (depth > limits.blockDepth) {
        throw new LetterLimitError(`more than ${limits.blockDepth} blocks inside one another`, {
          reason: 'template.nestedTooDeep',
          params: { max: limits.blockDepth, line: lineAt(source, at) },
        })
      }
    } else if (sign === '/') {
      depth = Math.max(0, depth - 1)
    }
    at = source.indexOf('{{', k)
  }
}

/**
 * Refuses HTML whose elements nest deeper than the limit. htmlparser2 is the parser html-to-text
 * builds its tree with, and it reads without recursion; it stops at the first level too many,
 * so a 200,000-level letter is refused as fast as a short one.
 */
export function checkHtmlDepth(html: string, limits: LetterLimits = LETTER_LIMITS): void {
  let depth = 0
  let tooDeep = false
  const parser: Parser = new Parser(
    {
      onopentag() {
        depth++
        if (depth > limits.htmlDepth && !tooDeep) {
          tooDeep = true
          parser.pause() // nothing more to learn from the rest
        }
      },
      onclosetag() {
        depth--
      },
    },
    { decodeEntities: false },
  )
  parser.end(html)
  if (tooDeep) {
    throw new LetterLimitError(`more than ${limits.htmlDepth} HTML tags inside one another`, {
      reason: 'template.htmlTooDeep',
      params: { max: limits.htmlDepth, line: lineAt(html, parser.startIndex) },
    })
  }
}

/** Refuses a rendered part longer than the limit. */
export function checkRenderedSize(text: string, limits: LetterLimits = LETTER_LIMITS): void {
  if (text.length > limits.renderedChars) throw renderedTooLarge(limits)
}

const renderedTooLarge = (limits: LetterLimits) =>
  new LetterLimitError(`larger than ${limits.renderedChars.toLocaleString('en')} characters`, {
    reason: 'template.renderedTooLarge',
    params: { maxMb: Math.round(limits.renderedChars / 1_000_000) },
  })

/**
 * What the loops of one part may spend. Every pass of a loop is charged its output and checked
 * against the clock, so a loop that would run for minutes or write gigabytes stops at the bound.
 * Nested loops charge their output once per level: the bound on characters is generous for it.
 */
export class RenderBudget {
  private written = 0
  private readonly startedAt: number

  constructor(private readonly limits: LetterLimits = LETTER_LIMITS) {
    this.startedAt = limits.now()
  }

  charge(output: string): void {
    this.written += output.length
    if (this.written > this.limits.renderedChars * 4) throw renderedTooLarge(this.limits)
    if (this.limits.now() - this.startedAt > this.limits.renderMs) {
      throw new LetterLimitError(`loops ran longer than ${this.limits.renderMs} ms`, {
        reason: 'template.tooSlow',
        params: { seconds: this.limits.renderMs / 1000 },
      })
    }
  }
}
