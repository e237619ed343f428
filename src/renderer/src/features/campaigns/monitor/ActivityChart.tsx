import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignActivity } from '@shared/contract'

type Minute = CampaignActivity['perMinute'][number]
const WIDTH = 640
const HEIGHT = 120
/** The last two hours at most: older minutes would make each bar thinner than a pixel. */
const SHOWN_MINUTES = 120

/** Emails sent (and failed) per minute, as bars; minutes with nothing show as gaps. */
export function ActivityChart({ perMinute }: { perMinute: readonly Minute[] }) {
  const { t, i18n } = useTranslation()
  if (perMinute.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('campaigns.activity.none')}
      </Text>
    )
  }
  const last = perMinute.at(-1)!.at
  const first = Math.max(perMinute[0]!.at, last - (SHOWN_MINUTES - 1) * 60_000)
  const slots = Math.round((last - first) / 60_000) + 1
  const shown = perMinute.filter((m) => m.at >= first)
  const peak = Math.max(1, ...shown.map((m) => m.sent + m.failed))
  const bar = WIDTH / Math.max(slots, 30)
  const time = (at: number) =>
    new Date(at).toLocaleTimeString(i18n.language, { hour: '2-digit', minute: '2-digit' })
  const total = shown.reduce((n, m) => n + m.sent, 0)

  return (
    <div>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width="100%"
        height={HEIGHT}
        preserveAspectRatio="none"
        role="img"
        aria-label={t('campaigns.activity.summary', {
          sent: total,
          from: time(first),
          to: time(last),
        })}
        data-testid="activity-chart"
      >
        {shown.map((m) => {
          const x = ((m.at - first) / 60_000) * bar
          const sentH = (m.sent / peak) * (HEIGHT - 4)
          const failedH = (m.failed / peak) * (HEIGHT - 4)
          return (
            <g key={m.at}>
              <title>{`${time(m.at)}: ${t('campaigns.activity.bar', { sent: m.sent, failed: m.failed })}`}</title>
              <rect
                x={x}
                y={HEIGHT - sentH}
                width={Math.max(1, bar - 1)}
                height={sentH}
                fill="var(--mantine-color-green-6)"
              />
              <rect
                x={x}
                y={HEIGHT - sentH - failedH}
                width={Math.max(1, bar - 1)}
                height={failedH}
                fill="var(--mantine-color-red-6)"
              />
            </g>
          )
        })}
      </svg>
      <Group justify="space-between">
        <Text size="xs" c="dimmed">
          {time(first)}
        </Text>
        <Text size="xs" c="dimmed">
          {t('campaigns.activity.peak', { count: peak })}
        </Text>
        <Text size="xs" c="dimmed">
          {time(last)}
        </Text>
      </Group>
    </div>
  )
}
