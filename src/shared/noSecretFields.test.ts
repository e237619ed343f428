/**
 * No reply or event of the contract has a field that could carry a secret: the dispatcher
 * strips every field its output schema does not name, so a name like `password` in an output
 * schema is the only way one could reach the window. `hasPassword`-style booleans say only
 * whether a secret is set, and are allowed.
 */
import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { commands, events } from './contract'

const SECRET_NAME = /pass(word)?|secret|private.?key|token|credential|dkim.?key/i

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  element?: z.ZodType
  innerType?: z.ZodType
  options?: z.ZodType[]
  keyType?: z.ZodType
  valueType?: z.ZodType
  in?: z.ZodType
  out?: z.ZodType
  left?: z.ZodType
  right?: z.ZodType
  getter?: () => z.ZodType
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/** Every object field reachable from a schema, as "path: type of its value". */
function fieldsOf(schema: z.ZodType, path: string, seen = new Set<z.ZodType>()): string[] {
  if (seen.has(schema)) return []
  seen.add(schema)
  const def = defOf(schema)
  const walk = (child: z.ZodType | undefined, at = path) => (child ? fieldsOf(child, at, seen) : [])
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape!).flatMap(([key, child]) => [
        `${path}.${key}: ${unwrapped(child)}`,
        ...walk(child, `${path}.${key}`),
      ])
    case 'array':
      return walk(def.element, `${path}[]`)
    case 'record':
      return [...walk(def.keyType), ...walk(def.valueType, `${path}{}`)]
    case 'union':
      return def.options!.flatMap((option) => walk(option))
    case 'intersection':
      return [...walk(def.left), ...walk(def.right)]
    case 'pipe':
      return [...walk(def.in), ...walk(def.out)]
    case 'lazy':
      return walk(def.getter!())
    default:
      return walk(def.innerType) // optional, nullable, default, readonly…; leaves have none
  }
}

/** The type under optional/nullable/default wrappers. */
function unwrapped(schema: z.ZodType): string {
  const def = defOf(schema)
  return def.innerType ? unwrapped(def.innerType) : def.type
}

const outputs = [
  ...Object.entries(commands).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([method, spec]) => ({
      name: `${namespace}.${method} output`,
      schema: spec.output as z.ZodType,
    })),
  ),
  ...Object.entries(events).map(([name, spec]) => ({
    name: `${name} event`,
    schema: spec.payload as z.ZodType,
  })),
]

const suspicious = (field: string) => {
  const [path, type] = field.split(': ') as [string, string]
  const name = path.slice(path.lastIndexOf('.') + 1)
  return SECRET_NAME.test(name) && !(/^has[A-Z]/.test(name) && type === 'boolean')
}

describe('the contract’s replies and events', () => {
  it('have no field named like a secret (a has… flag is all the window learns)', () => {
    const fields = outputs.flatMap(({ name, schema }) => fieldsOf(schema, name))
    expect(fields.filter(suspicious)).toEqual([])
    // The walk reaches deep fields, and the flags it allows are really there.
    expect(fields).toContain('accounts.list output[].hasPassword: boolean')
    expect(fields).toContain('accounts.list output[].dkim.hasKey: boolean')
    expect(fields).toContain('campaigns.list output[].progress.percent: number')
  })

  it('would catch one: the check flags a secret-like field wherever it is nested', () => {
    const leaky = z.object({
      account: z.object({ password: z.string().nullable(), hasPassword: z.boolean() }),
      dkim: z.array(z.object({ privateKey: z.string().optional() })),
      hasToken: z.string(),
    })
    expect(fieldsOf(leaky, 'x').filter(suspicious)).toEqual([
      'x.account.password: string',
      'x.dkim[].privateKey: string',
      'x.hasToken: string',
    ])
  })
})
