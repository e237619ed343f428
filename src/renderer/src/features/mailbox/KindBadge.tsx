import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { FeedbackMessage } from '@shared/contract'

/** What a message read back is: a bounce says whether it is hard or soft. */
export function KindBadge({ message: m }: { message: Pick<FeedbackMessage, 'kind' | 'severity'> }) {
  const { t } = useTranslation()
  const color =
    m.kind === 'bounce'
      ? m.severity === 'soft'
        ? 'orange'
        : 'red'
      : m.kind === 'reply'
        ? 'teal'
        : m.kind === 'unsubscribe'
          ? 'grape'
          : 'gray'
  return (
    <Badge size="sm" variant="light" color={color} data-testid="feedback-kind">
      {m.kind === 'bounce' && m.severity
        ? t(`mailbox.severity.${m.severity}`)
        : t(`mailbox.kinds.${m.kind}`)}
    </Badge>
  )
}
