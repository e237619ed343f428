/** The bounds a letter keeps, checked before Handlebars or html-to-text could overflow on it. */
import { describe, expect, it } from 'vitest'
import {
  checkBlockDepth,
  checkHtmlDepth,
  LETTER_LIMITS,
  LetterLimitError,
  RenderBudget,
  type LetterLimits,
} from './letterLimits'
import { renderMessage, renderPart, TemplateError } from './render'

const nestedIfs = (levels: number) => '{{#if a}}'.repeat(levels) + 'x' + '{{/if}}'.repeat(levels)
const nestedDivs = (levels: number) => '<div>'.repeat(levels) + 'x' + '</div>'.repeat(levels)

function problemOf(run: () => unknown) {
  try {
    run()
  } catch (error) {
    if (error instanceof LetterLimitError || error instanceof TemplateError) return error.problem
    throw error
  }
  throw new Error('nothing was refused')
}

describe('block depth', () => {
  it('takes blocks up to the bound and refuses one more, naming its line', () => {
    expect(() => checkBlockDepth(nestedIfs(LETTER_LIMITS.blockDepth))).not.toThrow()
    const deeper = 'Hello\n' + nestedIfs(LETTER_LIMITS.blockDepth + 1)
    expect(problemOf(() => checkBlockDepth(deeper))).toEqual({
      reason: 'template.nestedTooDeep',
      params: { max: LETTER_LIMITS.blockDepth, line: 2 },
    })
  })

  it('counts {{^name}} blocks but not {{^}} or {{else}}, and not comments or escaped braces', () => {
    const limits = { ...LETTER_LIMITS, blockDepth: 2 }
    expect(() =>
      checkBlockDepth('{{#if a}}{{^b}}x{{^}}y{{else}}z{{/b}}{{/if}}', limits),
    ).not.toThrow()
    expect(() =>
      checkBlockDepth('{{#if a}}{{!-- {{#if b}}{{#if c}} --}}\\{{#if d}}{{/if}}', limits),
    ).not.toThrow()
    expect(
      problemOf(() => checkBlockDepth('{{#if a}}{{^b}}{{~#c}}{{/c}}{{/b}}{{/if}}', limits)),
    ).toMatchObject({ reason: 'template.nestedTooDeep' })
  })

  it('refuses a 20,000-level template before Handlebars parses it', () => {
    const problem = problemOf(() => renderPart('html', nestedIfs(20_000), 'escape', { a: 1 }))
    expect(problem).toEqual({
      reason: 'template.nestedTooDeep',
      params: { part: 'html', max: LETTER_LIMITS.blockDepth, line: 1 },
    })
  })
})

describe('HTML depth', () => {
  it('takes elements up to the bound and refuses one more', () => {
    expect(() => checkHtmlDepth(nestedDivs(LETTER_LIMITS.htmlDepth))).not.toThrow()
    expect(problemOf(() => checkHtmlDepth(nestedDivs(LETTER_LIMITS.htmlDepth + 1)))).toEqual({
      reason: 'template.htmlTooDeep',
      params: { max: LETTER_LIMITS.htmlDepth, line: 1 },
    })
  })

  it('counts as a browser builds the tree: void and implicitly closed elements add no depth', () => {
    const flat = '<p>para'.repeat(1000) + '<br>'.repeat(1000) + '<li>item'.repeat(1000)
    expect(() => checkHtmlDepth(flat)).not.toThrow()
  })

  it('names the line where the letter goes too deep', () => {
    const limits = { ...LETTER_LIMITS, htmlDepth: 3 }
    const html = '<table>\n<tr>\n<td>\n<div>too deep</div></td></tr></table>'
    expect(problemOf(() => checkHtmlDepth(html, limits))).toMatchObject({ params: { line: 4 } })
  })

  for (const levels of [20_000, 200_000]) {
    it(`refuses a letter ${levels.toLocaleString('en')} levels deep with a reason, not a stack overflow`, () => {
      const input = { subject: 's', html: nestedDivs(levels), data: {}, images: [] }
      expect(problemOf(() => renderMessage(input))).toEqual({
        reason: 'template.htmlTooDeep',
        params: { part: 'html', max: LETTER_LIMITS.htmlDepth, line: 1 },
      })
    })
  }

  it('checks the rendered HTML, since a value written with {{{ }}} brings its own tags', () => {
    const input = {
      subject: 's',
      html: '<p>{{{block}}}</p>',
      data: { block: nestedDivs(500) },
      images: [],
    }
    expect(problemOf(() => renderMessage(input))).toMatchObject({ reason: 'template.htmlTooDeep' })
    const escaped = { ...input, html: '<p>{{block}}</p>' }
    expect(renderMessage(escaped).html).toContain('&lt;div&gt;')
  })
})

describe('what loops may spend', () => {
  const columns = Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`c${i}`, `value ${i}`]))
  const eachInEach = (levels: number, body: string) =>
    '{{#each @root}}'.repeat(levels) + body + '{{/each}}'.repeat(levels)

  it('stops a loop that would write more than the bound', () => {
    const limits = { ...LETTER_LIMITS, renderedChars: 10_000 }
    const problem = problemOf(() =>
      renderPart('html', eachInEach(3, '{{this}} and more words'), 'escape', columns, limits),
    )
    expect(problem).toEqual({
      reason: 'template.renderedTooLarge',
      params: { part: 'html', maxMb: 0 },
    })
  })

  it('refuses a rendered part larger than the bound, even without a loop', () => {
    const limits = { ...LETTER_LIMITS, renderedChars: 1_000_000 }
    expect(
      problemOf(() => renderPart('text', '{{big}}', 'raw', { big: 'x'.repeat(1_000_001) }, limits)),
    ).toEqual({ reason: 'template.renderedTooLarge', params: { part: 'text', maxMb: 1 } })
    expect(
      renderPart('text', '{{big}}', 'raw', { big: 'x'.repeat(1_000_000) }, limits),
    ).toHaveLength(1_000_000)
  })

  it('stops loops that run past the time bound, read from the clock it is given', () => {
    let now = 0
    // Every reading of the clock is 10 ms later: the bound of 1 s is crossed on the 101st pass.
    const limits: LetterLimits = { ...LETTER_LIMITS, now: () => (now += 10) }
    const problem = problemOf(() =>
      renderPart('html', eachInEach(8, ''), 'escape', columns, limits),
    )
    expect(problem).toEqual({ reason: 'template.tooSlow', params: { part: 'html', seconds: 1 } })
    expect(now).toBeLessThan(1100 + 20)
  })

  it('leaves an ordinary loop alone', () => {
    const html = '<ul>{{#each @root}}<li>{{@key}}: {{this}}</li>{{/each}}</ul>'
    expect(renderPart('html', html, 'escape', { a: '1', b: '2' })).toBe(
      '<ul><li>a: 1</li><li>b: 2</li></ul>',
    )
  })

  it('charges each pass and measures time from when the part began', () => {
    let now = 100
    const budget = new RenderBudget({ ...LETTER_LIMITS, renderMs: 50, now: () => now })
    budget.charge('x')
    now = 150
    budget.charge('x')
    now = 151
    expect(() => budget.charge('x')).toThrow(LetterLimitError)
  })
})
