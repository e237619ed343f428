/** The browser host's API from Node, for tests and scripts that prepare data the way the window would. */
import type { CommandChannel, CommandInput, CommandOutput } from '@shared/types'
import type { RunningHost } from './host'

export function hostApi(host: RunningHost) {
  return async function call<C extends CommandChannel>(
    channel: C,
    input?: CommandInput<C>,
  ): Promise<CommandOutput<C>> {
    const response = await fetch(`${host.origin}/api/invoke/${channel}`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${host.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ input }),
    })
    const envelope = (await response.json()) as
      | { ok: true; value: CommandOutput<C> }
      | { ok: false; error: { code: string; message: string } }
    if (!envelope.ok)
      throw new Error(`${channel}: ${envelope.error.code} ${envelope.error.message}`)
    return envelope.value
  }
}

/** Waits, polling the engine, until a campaign reaches one of the given statuses. */
export async function campaignReaches(
  call: ReturnType<typeof hostApi>,
  id: number,
  statuses: readonly string[],
  timeoutMs = 60_000,
): Promise<void> {
  const until = Date.now() + timeoutMs
  for (;;) {
    const campaign = await call('campaigns.get', { id })
    if (statuses.includes(campaign.status)) return
    if (Date.now() > until) throw new Error(`Campaign ${id} is still ${campaign.status}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
