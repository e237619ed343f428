/** Typed calls into the engine's dispatch from the main process, as the window makes them. */
import { OutboxError } from '@shared/errors'
import type { CommandChannel, CommandInput, CommandOutput } from '@shared/types'
import type { Dispatch } from '@engine/dispatch'

export async function engineCall<C extends CommandChannel>(
  dispatch: Dispatch,
  channel: C,
  input: CommandInput<C>,
): Promise<CommandOutput<C>> {
  const reply = await dispatch(channel, input)
  if (!reply.ok) throw new OutboxError(reply.error.code, reply.error.message)
  return reply.value as CommandOutput<C>
}
