import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { Preflight } from '@shared/contract'
import { outbox } from '@renderer/client'
import { accountsSelectors } from '@renderer/store/accounts/state'
import { campaignReceived } from '@renderer/store/campaigns/actions'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftSaved } from '@renderer/store/draft/actions'
import { errorOf } from '@renderer/store/errorOf'
import { useStore } from '@renderer/store/store'
import { accountName } from '../../accounts/accountName'
import { ErrorText } from '../../common/ErrorText'
import { ScheduleForm } from '../schedule/ScheduleForm'
import { SenderCheckBlock } from '../senderCheck/SenderCheckBlock'
import { useSenderCheck } from '../senderCheck/useSenderCheck'
import { PreflightBlocked } from './PreflightBlocked'
import type { Step } from './steps'

type Mode = 'start' | 'schedule'

/**
 * Start now, or schedule the start: either way save, check every recipient's message (the
 * pre-flight), then confirm or pick the time. Errors block both and say which rows and
 * variables; warnings are shown and can be accepted. The sender check (DNS records, the
 * message's size, images, links, unsubscribe) runs alongside and never holds the buttons.
 */
export function StartButton({
  campaign,
  onShowStep,
}: {
  campaign: CampaignView
  onShowStep: (step: Step) => void
}) {
  const { t, i18n } = useTranslation()
  const [mode, setMode] = useState<Mode>('start')
  const [checking, setChecking] = useState<Mode | null>(null)
  const [starting, setStarting] = useState(false)
  const [check, setCheck] = useState<Preflight | null>(null)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const sender = useSenderCheck()
  const startButton = useRef<HTMLButtonElement>(null)
  const scheduleButton = useRef<HTMLButtonElement>(null)
  const ids = campaign.accountIds.length > 0 ? campaign.accountIds : [campaign.accountId]
  const known = useStore(accountsSelectors.list)
  const accounts = ids.flatMap((id) => known.filter((a) => a.id === id))

  const open = async (next: Mode) => {
    setMode(next)
    setChecking(next)
    setError(null)
    try {
      await draftSaved()
      sender.run(campaign.id)
      setCheck(await outbox().campaigns.preflight({ id: campaign.id }))
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setChecking(null)
    }
  }
  const start = async () => {
    setStarting(true)
    try {
      campaignReceived(await outbox().campaigns.start({ id: campaign.id }))
      setCheck(null)
      sender.reset()
    } catch (e) {
      setCheck(null)
      setError(errorOf(e))
    } finally {
      setStarting(false)
    }
  }
  const close = () => {
    setCheck(null)
    setError(null)
    sender.reset()
  }
  const title =
    check?.ok === false
      ? t('campaigns.start.blocked')
      : mode === 'schedule'
        ? t('campaigns.schedule.title')
        : t('campaigns.start.confirmTitle')
  const listSize = campaign.recipients.toLocaleString(i18n.language)
  const recipients = check && {
    count: check.recipients,
    formatted: check.recipients.toLocaleString(i18n.language),
  }

  return (
    <>
      <Stack gap={4} align="flex-end">
        <Group gap="xs" wrap="nowrap">
          <Button
            ref={scheduleButton}
            size="md"
            variant="default"
            onClick={() => void open('schedule')}
            loading={checking === 'schedule'}
            disabled={campaign.recipients === 0 || checking === 'start'}
            data-testid="schedule"
          >
            {t('campaigns.schedule.button')}
          </Button>
          <Button
            ref={startButton}
            size="md"
            onClick={() => void open('start')}
            loading={checking === 'start'}
            disabled={campaign.recipients === 0 || checking === 'schedule'}
            data-testid="start"
          >
            {t('campaigns.start.button')}
          </Button>
        </Group>
        {checking && (
          // A long list takes a moment to check: say what the spinning button is doing.
          <Text size="sm" c="dimmed" role="status" data-testid="start-checking">
            {t('campaigns.start.checking', { formatted: listSize })}
          </Text>
        )}
      </Stack>
      <Modal
        opened={check !== null || error !== null}
        onClose={close}
        // The button was disabled (loading) when the dialog opened, so Mantine cannot give it
        // the focus back by itself.
        onExitTransitionEnd={() =>
          (mode === 'schedule' ? scheduleButton : startButton).current?.focus()
        }
        title={title}
        size="lg"
        centered
      >
        {error && (
          <Alert color="red" data-testid="start-error">
            <ErrorText error={error} />
          </Alert>
        )}
        {check && !check.ok && (
          <PreflightBlocked
            check={check}
            onFix={() => {
              close()
              onShowStep('message')
            }}
          />
        )}
        {check?.ok && mode === 'schedule' && (
          <Stack>
            <Text size="sm">{t('campaigns.schedule.checked', recipients!)}</Text>
            {check.warnings.includes('no-unsubscribe-link') && (
              <Alert color="orange" data-testid="warning-unsubscribe">
                {t('campaigns.start.noUnsubscribe')}
              </Alert>
            )}
            <SenderCheckBlock state={sender.state} />
            <ScheduleForm
              campaignId={campaign.id}
              current={campaign.schedule}
              onCancel={close}
              onScheduled={close}
            />
          </Stack>
        )}
        {check?.ok && mode === 'start' && (
          <Stack data-testid="start-confirm">
            <Text>{t('campaigns.start.confirmBody', recipients!)}</Text>
            {accounts.length > 0 && (
              // Where the mail goes, before it goes: the test inbox keeps it on this computer.
              <Text data-testid="start-account">
                {accounts.length > 1
                  ? t('campaigns.start.viaAccounts', {
                      names: accounts
                        .map((a) => t('campaigns.start.quoted', { name: accountName(a, t) }))
                        .join(', '),
                    })
                  : accounts[0]!.builtin
                    ? t('campaigns.start.viaTestInbox')
                    : t('campaigns.start.viaAccount', { name: accounts[0]!.name })}
              </Text>
            )}
            {check.warnings.includes('no-unsubscribe-link') && (
              <Alert color="orange" data-testid="warning-unsubscribe">
                {t('campaigns.start.noUnsubscribe')}
              </Alert>
            )}
            <SenderCheckBlock state={sender.state} />
            <List size="sm">
              <List.Item>{t('campaigns.start.noteBackground')}</List.Item>
              <List.Item>{t('campaigns.start.noteResume')}</List.Item>
            </List>
            {starting && (
              <Text size="sm" c="dimmed" role="status" data-testid="start-queueing">
                {t('campaigns.start.queueing', { formatted: listSize })}
              </Text>
            )}
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                {t('common.back')}
              </Button>
              <Button
                onClick={() => void start()}
                loading={starting}
                data-testid="start-confirm-button"
              >
                {t('campaigns.start.confirm')}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  )
}
