import { outbox } from '../../client'
import { errorOf } from '../errorOf'
import { useStore } from '../store'

export async function appInfoRequested(): Promise<void> {
  try {
    const info = await outbox().app.info()
    useStore.setState((s) => ({ app: { ...s.app, info, infoError: null } }))
  } catch (error) {
    useStore.setState((s) => ({ app: { ...s.app, infoError: errorOf(error) } }))
  }
}
