/** A template's problem as a reason with where it is (1-based), the parser's words kept. */
import { describe, expect, it } from 'vitest'
import { renderPart, TemplateError } from './render'
import { parseErrorPosition } from './templateProblem'

function problemOf(source: string, data: Record<string, unknown> = {}) {
  try {
    renderPart('html', source, 'escape', data)
  } catch (error) {
    if (error instanceof TemplateError) return error.problem
    throw error
  }
  throw new Error('expected a TemplateError')
}

describe('a template problem', () => {
  it('names the line and column of a syntax error, and keeps the parser’s excerpt', () => {
    const problem = problemOf('<h1>Hi</h1>\n<p>Dear {{name</p>')
    expect(problem.reason).toBe('template.syntax')
    expect(problem.params).toMatchObject({ part: 'html', line: 2, column: 11 })
    // The excerpt with the caret under the spot, as Handlebars printed it.
    expect(String(problem.params.fragment)).toMatch(/{{name<\/p>\n-+\^/)
  })

  it('finds the spot after more than twenty characters, where the excerpt starts with …', () => {
    const source = 'line one is quite a long line\nand line two has {{#if x}} an unclosed block'
    const problem = problemOf(source, { x: 1 })
    expect(problem.reason).toBe('template.syntax')
    // The parser only notices at the end, where {{/if}} should have come.
    expect(problem.params).toMatchObject({ line: 2, column: 45 })
  })

  it('tells a block closed by the wrong tag, with both names and where the block opens', () => {
    expect(problemOf('{{#each items}}x\n{{/if}}')).toEqual({
      reason: 'template.mismatch',
      params: { part: 'html', open: 'each', close: 'if', line: 1, column: 4 },
    })
  })

  it('names a missing variable by its full path and an unknown helper by its name', () => {
    expect(problemOf('<p>{{user.city}}</p>', { user: {} })).toEqual({
      reason: 'template.missingVariable',
      params: { part: 'html', variable: 'user.city', line: 1, column: 6 },
    })
    expect(problemOf('\n  {{shout name}}', { name: 'a' })).toEqual({
      reason: 'template.unknownHelper',
      params: { part: 'html', helper: 'shout', line: 2, column: 3 },
    })
  })

  it('keeps anything else Handlebars refuses as it came', () => {
    expect(problemOf('{{> footer}}')).toEqual({
      reason: 'template.unusable',
      params: { part: 'html', fragment: 'The partial footer could not be found' },
    })
  })

  it('gives no position for a message it cannot place', () => {
    expect(parseErrorPosition('Parse error on line 1:\nnothing like it\n---^', 'abc')).toBeNull()
  })
})
