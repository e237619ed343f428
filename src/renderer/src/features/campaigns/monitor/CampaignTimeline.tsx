import { Text, Timeline } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignActivity } from '@shared/contract'
import { logSentence } from '../../log/logSentence'

type Entry = CampaignActivity['timeline'][number]
const COLORS = { info: 'blue', warn: 'yellow', error: 'red' } as const

/**
 * A start (of a draft, or of a scheduled campaign at its time) writes "sending" and "started:
 * N queued" at once: the second says it all. A resume's "sending" stays.
 */
const isStart = (e: Entry) =>
  e.kind === 'campaign.sending' &&
  (e.params.variant === 'draft' || e.params.variant === 'scheduled')

/** The campaign's state changes, oldest first, in the user's language (the server's words as they came). */
export function CampaignTimeline({ entries: all }: { entries: readonly Entry[] }) {
  const { t, i18n } = useTranslation()
  const entries = all.filter((e) => !isStart(e))
  if (entries.length === 0) return null
  return (
    <Timeline
      bulletSize={14}
      lineWidth={2}
      active={entries.length - 1}
      data-testid="campaign-timeline"
    >
      {entries.map((e, i) => {
        const key = `log.kinds.${e.kind.replace(/[.-]/g, '_')}`
        const title = i18n.exists(key) ? t(key as 'log.title') : e.kind
        return (
          <Timeline.Item key={`${e.at}-${i}`} title={title} color={COLORS[e.level]}>
            <Text size="xs" c="dimmed">
              {new Date(e.at).toLocaleString(i18n.language)}
            </Text>
            <Text size="sm">{logSentence(t, i18n, e) ?? e.message}</Text>
            {e.params.detail !== undefined && (
              <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
                {e.params.detail}
              </Text>
            )}
          </Timeline.Item>
        )
      })}
    </Timeline>
  )
}
