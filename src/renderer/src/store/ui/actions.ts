import { useStore } from '../store'
import type { Screen } from './state'

export function screenOpened(screen: Screen): void {
  useStore.setState({ ui: { screen } })
}
