import type { CommandInput } from '@shared/types'
import { outbox } from '../../client'
import { errorOf } from '../errorOf'
import { useStore } from '../store'

/** At start-up, when the screen opens and after every change. */
export async function accountsRequested(): Promise<void> {
  try {
    const list = await outbox().accounts.list()
    useStore.setState({ accounts: { list, loaded: true, error: null } })
  } catch (error) {
    useStore.setState((s) => ({ accounts: { ...s.accounts, error: errorOf(error) } }))
  }
}

/** Create or update; throws the engine's error for the form to show, reloads the list on success. */
export async function accountSubmitted(
  payload:
    | { kind: 'create'; input: CommandInput<'accounts.create'> }
    | { kind: 'update'; input: CommandInput<'accounts.update'> },
) {
  const saved =
    payload.kind === 'create'
      ? await outbox().accounts.create(payload.input)
      : await outbox().accounts.update(payload.input)
  await accountsRequested()
  return saved
}

/** Throws the engine's conflict when an unfinished campaign still uses the account. */
export async function accountDeleted(id: number): Promise<void> {
  await outbox().accounts.delete({ id })
  await accountsRequested()
}
