/**
 * The host-independent command dispatcher: validates the input against the contract, calls the
 * engine's handler, checks the output against the contract (which also strips any field the
 * contract does not name, so nothing private leaks), and answers with an envelope.
 */
import { commandSpec } from '@shared/channels'
import { OutboxError } from '@shared/errors'
import type {
  CommandChannel,
  CommandOutput,
  Commands,
  Envelope,
  Namespace,
  ParsedInput,
} from '@shared/types'

type Awaitable<T> = T | Promise<T>

/** One handler per command in the contract; the compiler reports any that is missing. */
export type Handlers = {
  [N in Namespace]: {
    [M in keyof Commands[N] & string]: (
      input: ParsedInput<`${N}.${M}` & CommandChannel>,
    ) => Awaitable<CommandOutput<`${N}.${M}` & CommandChannel>>
  }
}

export type Dispatch = (channel: string, input: unknown) => Promise<Envelope<unknown>>

export function createDispatch(handlers: Handlers): Dispatch {
  const table = handlers as unknown as Record<string, Record<string, (input: unknown) => unknown>>
  return async (channel, input) => {
    const spec = commandSpec(channel)
    if (!spec) return fail(new OutboxError('unknown_command', `Unknown command "${channel}"`))
    const parsed = spec.input.safeParse(input)
    if (!parsed.success) {
      return fail(
        new OutboxError('invalid_input', `Invalid input for ${channel}`, parsed.error.issues, {
          reason: 'input.invalid',
          params: { command: channel },
        }),
      )
    }
    const [namespace, method] = channel.split('.') as [string, string]
    try {
      const value = await table[namespace]![method]!(parsed.data)
      return { ok: true, value: spec.output.parse(value) }
    } catch (error) {
      if (error instanceof OutboxError) return fail(error)
      console.error(`[dispatch] ${channel} failed:`, error)
      return fail(new OutboxError('internal', `${channel} failed: ${describe(error)}`))
    }
  }
}

function fail(error: OutboxError): Envelope<never> {
  return { ok: false, error: error.toPayload() }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
