import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { EmailAddress, type RecipientRow, type TestSendResult } from '@shared/contract'
import { outbox } from '@renderer/client'
import { smtpReply } from '@renderer/format/smtpReply'
import { draftSaved } from '@renderer/store/draft/actions'
import { errorOf } from '@renderer/store/errorOf'
import { ErrorText } from '../../common/ErrorText'

const REMEMBERED = 'outbox.testSendTo'

/** Send this recipient's message now to an address the user types; show the server's reply. */
export function TestSendPanel({
  campaignId,
  recipient,
}: {
  campaignId: number
  recipient: RecipientRow
}) {
  const { t } = useTranslation()
  const [to, setTo] = useState(() => localStorage.getItem(REMEMBERED) ?? '')
  const [sending, setSending] = useState(false)
  const [result, setResult] = useState<TestSendResult | null>(null)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const valid = EmailAddress.safeParse(to).success

  const send = async () => {
    setSending(true)
    setResult(null)
    setError(null)
    localStorage.setItem(REMEMBERED, to.trim())
    try {
      await draftSaved()
      setResult(
        await outbox().campaigns.testSend({ id: campaignId, recipientEmail: recipient.email, to }),
      )
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setSending(false)
    }
  }

  return (
    <Card withBorder>
      <Stack gap="sm">
        <div>
          <Title order={3} size="h5">
            {t('campaigns.testSend.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('campaigns.testSend.hint', { email: recipient.email })}
          </Text>
        </div>
        <Group align="flex-start">
          <TextInput
            aria-label={t('campaigns.testSend.to')}
            placeholder={t('campaigns.testSend.to')}
            value={to}
            onChange={(e) => setTo(e.currentTarget.value)}
            error={to.trim() && !valid ? t('campaigns.testSend.invalid') : undefined}
            style={{ flex: 1, maxWidth: 360 }}
            data-testid="test-send-to"
          />
          <Button
            onClick={() => void send()}
            loading={sending}
            disabled={!valid}
            data-testid="test-send"
          >
            {t('campaigns.testSend.send')}
          </Button>
        </Group>
        {result && (
          <Alert
            color={result.ok ? 'green' : 'red'}
            title={result.ok ? t('campaigns.testSend.sent') : t('campaigns.testSend.refused')}
            data-testid="test-send-result"
          >
            <Text size="sm" ff="monospace">
              {smtpReply(result.code, result.response)}
            </Text>
          </Alert>
        )}
        {error && (
          <Alert color="red" data-testid="test-send-error">
            <ErrorText error={error} />
          </Alert>
        )}
      </Stack>
    </Card>
  )
}
