/**
 * The Handlebars a letter is rendered with: an environment of our own, so nothing registered
 * elsewhere leaks in, where a template sees only the recipient's own values and its loops run
 * within a budget.
 */
import Handlebars from 'handlebars'
import { RenderBudget, type LetterLimits } from './letterLimits'

export const hb = Handlebars.create()
// A template has no business writing to the app's console.
hb.unregisterHelper('log')

// Only the built-in helpers (if, unless, each, with, lookup) can be called; any other
// `{{foo bar}}` is a compile error instead of a silent call to whatever is registered.
export const BASE_OPTIONS = {
  strict: true,
  knownHelpersOnly: true,
  knownHelpers: { log: false },
} as const

// The budget of the part being rendered: rendering is synchronous, so one at a time.
let budget: RenderBudget | null = null

export function withinBudget<T>(limits: LetterLimits, render: () => T): T {
  const outer = budget
  budget = new RenderBudget(limits)
  try {
    return render()
  } finally {
    budget = outer
  }
}

// `each` is the only helper that multiplies output: every pass of its body is charged.
const builtInEach = hb.helpers.each as Handlebars.HelperDelegate
hb.registerHelper(
  'each',
  function (this: unknown, context: unknown, options: Handlebars.HelperOptions) {
    const body = options.fn
    const charged = (item: unknown, passOptions?: Handlebars.RuntimeOptions): string => {
      const output = body(item, passOptions)
      budget?.charge(output)
      return output
    }
    return builtInEach.call(this, context, { ...options, fn: charged })
  },
)

// `lookup` answers like any other name under strict mode: a name the data does not have is a
// missing variable, never an empty string or a property every object inherits.
hb.registerHelper(
  'lookup',
  (object: unknown, field: unknown, options: Handlebars.HelperOptions) => {
    if (object === null || object === undefined) return object
    const name = String(field)
    if (typeof object === 'object' && !Object.prototype.hasOwnProperty.call(object, name)) {
      const where = { loc: (options as { loc?: hbs.AST.SourceLocation }).loc }
      throw new Handlebars.Exception(`"${name}" not defined in lookup`, where as hbs.AST.Node)
    }
    return (object as Record<string, unknown>)[name]
  },
)

/**
 * The recipient's values as a template may see them: own values only, on an object with no
 * prototype, so `{{constructor}}` or `{{toString}}` is a missing variable like any unknown
 * name, and a column named `toString` is a value like any other. Strict mode's message names
 * the object it searched; this one reads as "the recipient's data".
 */
export function templateScope(data: Record<string, unknown>): Record<string, unknown> {
  const scope = Object.create(null) as Record<string, unknown>
  for (const key of Object.keys(data)) scope[key] = data[key]
  Object.defineProperty(scope, Symbol.toPrimitive, { value: () => "the recipient's data" })
  return scope
}
