/** TypeScript types derived from the contract; nothing here re-declares a payload. */
import type { z } from 'zod'
import type { commands, ErrorPayload, events } from './contract'

export type { ErrorCode, ErrorPayload } from './contract'

export type Commands = typeof commands
export type Namespace = keyof Commands
type MethodOf<N extends Namespace> = keyof Commands[N] & string

/** "namespace.method", e.g. "app.info". */
export type CommandChannel = { [N in Namespace]: `${N}.${MethodOf<N>}` }[Namespace]

type SpecAt<C extends string> = C extends `${infer N}.${infer M}`
  ? N extends Namespace
    ? M extends MethodOf<N>
      ? Commands[N][M]
      : never
    : never
  : never
type Spec = { input: z.ZodType; output: z.ZodType }

/** What the caller passes (before defaults and transforms). */
export type CommandInput<C extends CommandChannel> =
  SpecAt<C> extends Spec ? z.input<SpecAt<C>['input']> : never
/** What the handler receives, after validation. */
export type ParsedInput<C extends CommandChannel> =
  SpecAt<C> extends Spec ? z.output<SpecAt<C>['input']> : never
export type CommandOutput<C extends CommandChannel> =
  SpecAt<C> extends Spec ? z.output<SpecAt<C>['output']> : never

export type Events = typeof events
export type EventName = keyof Events & string
export type EventPayload<E extends EventName> = z.output<Events[E]['payload']>
export type EventMessage = { [E in EventName]: { name: E; payload: EventPayload<E> } }[EventName]

/** Every reply crosses the boundary as an envelope; errors are data, not exceptions. */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorPayload }

type Method<N extends Namespace, M extends MethodOf<N>, R> = (
  input: CommandInput<`${N}.${M}` & CommandChannel>,
) => Promise<R>

type Subscribe = <E extends EventName>(
  name: E,
  listener: (payload: EventPayload<E>) => void,
) => () => void

/** `window.outbox`: one method per command, answering with an envelope, and `on`. */
export type OutboxBridge = {
  [N in Namespace]: {
    [M in MethodOf<N>]: Method<N, M, Envelope<CommandOutput<`${N}.${M}` & CommandChannel>>>
  }
} & { on: Subscribe }

/** The renderer's client: the same methods, resolving with the value or throwing OutboxError. */
export type OutboxClient = {
  [N in Namespace]: {
    [M in MethodOf<N>]: Method<N, M, CommandOutput<`${N}.${M}` & CommandChannel>>
  }
} & { on: Subscribe }
