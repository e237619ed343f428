import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { LogEntry } from '@shared/contract'
import { smtpReply } from '../../format/smtpReply'
import { Fragment } from '../common/Fragment'
import { logSentence } from './logSentence'

/**
 * What a log line says, in the user's language; the server's reply and any technical words
 * (a pause's detail, a template's excerpt) below it, as they came.
 */
export function LogMessage({ entry: e }: { entry: LogEntry }) {
  const { t, i18n } = useTranslation()
  const detail = e.params.detail
  return (
    <>
      <Text size="sm">
        {e.email && <b>{e.email}: </b>}
        {logSentence(t, i18n, e) ?? e.message}
      </Text>
      {detail !== undefined && detail !== e.smtpResponse && <Technical text={String(detail)} />}
      {e.params.variant === 'template' && <Fragment text={e.params.fragment} />}
      {e.smtpResponse && <Technical text={smtpReply(e.smtpCode, e.smtpResponse)} />}
    </>
  )
}

function Technical({ text }: { text: string }) {
  return (
    <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>
      {text}
    </Text>
  )
}
