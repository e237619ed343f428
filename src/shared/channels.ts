/** Walks the contract: the list of command channels and the schema behind each. */
import type { z } from 'zod'
import { commands, events } from './contract'
import type { CommandChannel, EventName } from './types'

export interface CommandSpec {
  input: z.ZodType
  output: z.ZodType
  doc: string
}

const table = new Map<string, CommandSpec>()
for (const [namespace, methods] of Object.entries(commands)) {
  for (const [method, spec] of Object.entries(methods)) table.set(`${namespace}.${method}`, spec)
}

export const commandChannels = [...table.keys()] as CommandChannel[]

/** The spec of a channel, or undefined when the contract has no such command. */
export function commandSpec(channel: string): CommandSpec | undefined {
  return table.get(channel)
}

export const eventNames = Object.keys(events) as EventName[]

export function isEventName(name: unknown): name is EventName {
  return typeof name === 'string' && Object.hasOwn(events, name)
}
