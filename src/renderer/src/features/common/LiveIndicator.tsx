import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { engineSelectors, type Connection } from '../../store/engine/state'
import { useStore } from '../../store/store'

const COLOR: Record<Connection, string> = { connecting: 'gray', live: 'teal', lost: 'red' }

/** A dot and a word in the header: is the engine alive right now? Fed by engine.heartbeat. */
export function LiveIndicator() {
  const { t } = useTranslation()
  const connection = useStore(engineSelectors.connection)
  return (
    <Badge
      data-testid="live-indicator"
      data-state={connection}
      color={COLOR[connection]}
      variant="dot"
      size="lg"
      role="status"
    >
      {t(`live.${connection}`)}
    </Badge>
  )
}
