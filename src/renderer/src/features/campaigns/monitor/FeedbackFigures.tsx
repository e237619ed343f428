import { Card, SimpleGrid, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { CampaignFeedback } from '@shared/contract'

const FIGURES: (keyof CampaignFeedback)[] = [
  'bounced',
  'softBounced',
  'replied',
  'autoReplied',
  'unsubscribed',
]

/** A share of the emails sent, one decimal: "2.5%" ("2,5 %"); a dash before any was sent. */
export function rateOfSent(count: number, sent: number, language: string): string {
  if (sent === 0) return '—'
  return new Intl.NumberFormat(language, {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(count / sent)
}

/** What the campaign learned back from the mailboxes, each figure with its share of the sent. */
export function FeedbackFigures({
  feedback,
  sent,
  mailboxRead,
}: {
  feedback: CampaignFeedback
  sent: number
  /** Whether any of the campaign's accounts has its mailbox read. */
  mailboxRead: boolean
}) {
  const { t, i18n } = useTranslation()
  return (
    <Card withBorder data-testid="feedback-figures">
      <Title order={3} size="h4">
        {t('campaigns.feedback.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {mailboxRead ? t('campaigns.feedback.hint') : t('campaigns.feedback.noMailbox')}
      </Text>
      <SimpleGrid cols={{ base: 3, md: 5 }}>
        {FIGURES.map((figure) => (
          <div key={figure} data-testid={`feedback-${figure}`}>
            <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
              {t(`campaigns.feedback.${figure}`)}
            </Text>
            <Text size="xl" fw={600} data-testid={`feedback-${figure}-count`}>
              {feedback[figure].toLocaleString(i18n.language)}
            </Text>
            <Text size="xs" c="dimmed" data-testid={`feedback-${figure}-rate`}>
              {t('campaigns.feedback.rate', {
                rate: rateOfSent(feedback[figure], sent, i18n.language),
              })}
            </Text>
          </div>
        ))}
      </SimpleGrid>
    </Card>
  )
}
