/** Strict templates see only the recipient's own values, and say so in words a writer understands. */
import { describe, expect, it } from 'vitest'
import { renderPart, TemplateError } from './render'

const data = { name: 'Alice', email: 'alice@example.com' }

function problemOf(source: string, values: Record<string, unknown> = data) {
  try {
    renderPart('html', source, 'escape', values)
  } catch (error) {
    if (error instanceof TemplateError) return error.problem
    throw error
  }
  throw new Error(`${source} rendered`)
}

describe('strict lookups', () => {
  for (const name of ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf']) {
    it(`{{${name}}} is a missing variable, not an empty string`, () => {
      expect(problemOf(`<p>{{${name}}}</p>`)).toEqual({
        reason: 'template.missingVariable',
        params: { part: 'html', variable: name, line: 1, column: 6 },
      })
    })
  }

  it('reaches no inherited property through @root or lookup either', () => {
    expect(problemOf('{{@root.constructor}}')).toMatchObject({
      reason: 'template.missingVariable',
      params: { variable: '@root.constructor' },
    })
    expect(problemOf('{{lookup this "constructor"}}')).toMatchObject({
      reason: 'template.missingVariable',
      params: { variable: 'constructor', line: 1 },
    })
    expect(renderPart('html', '{{lookup this "name"}}', 'escape', data)).toBe('Alice')
  })

  it('a column named toString is a value like any other, and a missing name still says which', () => {
    const values = { ...data, toString: 'kept' }
    expect(renderPart('html', '{{toString}}', 'escape', values)).toBe('kept')
    expect(problemOf('{{nope}}', values)).toMatchObject({
      reason: 'template.missingVariable',
      params: { variable: 'nope' },
    })
  })

  it('reading a part of a value ({{name.length}}) says that values are text', () => {
    expect(problemOf('Hi {{name.length}}')).toEqual({
      reason: 'template.notAvailable',
      params: { part: 'html', variable: 'name.length', line: 1, column: 6 },
    })
    expect(problemOf('{{#with name}}\n{{length}}{{/with}}')).toEqual({
      reason: 'template.notAvailable',
      params: { part: 'html', variable: 'length', line: 2, column: 3 },
    })
  })

  it("Handlebars' own hooks are helpers a template cannot call", () => {
    expect(problemOf('{{helperMissing}}')).toEqual({
      reason: 'template.unknownHelper',
      params: { part: 'html', helper: 'helperMissing', line: 1, column: 3 },
    })
    expect(problemOf('{{#blockHelperMissing}}x{{/blockHelperMissing}}')).toMatchObject({
      reason: 'template.unknownHelper',
      params: { helper: 'blockHelperMissing' },
    })
  })

  it('a block over a name the recipient lacks is a missing variable', () => {
    expect(problemOf('{{#foo}}x{{/foo}}')).toMatchObject({
      reason: 'template.missingVariable',
      params: { variable: 'foo' },
    })
  })
})
