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
import { TemplateProblem } from './TemplateProblem'
import { ErrorText } from '../../common/ErrorText'
import type { Step } from './steps'

/**
 * Start = save, check every recipient's message (the pre-flight), then confirm. Errors block
 * the start and say which rows and variables; warnings are shown and can be accepted.
 */
export function StartButton({
  campaign,
  onShowStep,
}: {
  campaign: CampaignView
  onShowStep: (step: Step) => void
}) {
  const { t, i18n } = useTranslation()
  const [checking, setChecking] = useState(false)
  const [starting, setStarting] = useState(false)
  const [check, setCheck] = useState<Preflight | null>(null)
  const [error, setError] = useState<{ code: string; message: string } | null>(null)
  const button = useRef<HTMLButtonElement>(null)
  const account = useStore(accountsSelectors.list).find((a) => a.id === campaign.accountId)

  const open = async () => {
    setChecking(true)
    setError(null)
    try {
      await draftSaved()
      setCheck(await outbox().campaigns.preflight({ id: campaign.id }))
    } catch (e) {
      setError(errorOf(e))
    } finally {
      setChecking(false)
    }
  }
  const start = async () => {
    setStarting(true)
    try {
      campaignReceived(await outbox().campaigns.start({ id: campaign.id }))
      setCheck(null)
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
  }

  return (
    <>
      <Button
        ref={button}
        size="md"
        onClick={() => void open()}
        loading={checking}
        disabled={campaign.recipients === 0}
        data-testid="start"
      >
        {t('campaigns.start.button')}
      </Button>
      <Modal
        opened={check !== null || error !== null}
        onClose={close}
        // The button was disabled (loading) when the dialog opened, so Mantine cannot give it
        // the focus back by itself.
        onExitTransitionEnd={() => button.current?.focus()}
        title={
          check?.ok === false ? t('campaigns.start.blocked') : t('campaigns.start.confirmTitle')
        }
        size="lg"
        centered
      >
        {error && (
          <Alert color="red" data-testid="start-error">
            <ErrorText error={error} />
          </Alert>
        )}
        {check && !check.ok && (
          <Stack data-testid="preflight-errors">
            <Text size="sm">{t('campaigns.start.blockedHint')}</Text>
            {check.errors.map((e) => (
              <Alert
                key={`${e.part}-${e.message}`}
                color="red"
                title={
                  e.variable
                    ? t('campaigns.start.missingVariable', {
                        variable: `{{${e.variable}}}`,
                        part: t(`campaigns.start.parts.${e.part}`),
                      })
                    : t('campaigns.start.templateProblem')
                }
              >
                <TemplateProblem problem={e} />
                <Text size="sm" mt={4}>
                  {t('campaigns.start.affects', {
                    count: e.rows,
                    formatted: e.rows.toLocaleString(i18n.language),
                  })}
                  {e.examples.length > 0 && `: ${e.examples.join(', ')}`}
                </Text>
              </Alert>
            ))}
            <Group justify="flex-end">
              <Button
                onClick={() => {
                  close()
                  onShowStep('message')
                }}
              >
                {t('campaigns.start.fix')}
              </Button>
            </Group>
          </Stack>
        )}
        {check?.ok && (
          <Stack data-testid="start-confirm">
            <Text>
              {t('campaigns.start.confirmBody', {
                count: check.recipients,
                formatted: check.recipients.toLocaleString(i18n.language),
              })}
            </Text>
            {account && (
              // Where the mail goes, before it goes: the test inbox keeps it on this computer.
              <Text data-testid="start-account">
                {account.builtin
                  ? t('campaigns.start.viaTestInbox')
                  : t('campaigns.start.viaAccount', { name: account.name })}
              </Text>
            )}
            {check.warnings.includes('no-unsubscribe-link') && (
              <Alert color="orange" data-testid="warning-unsubscribe">
                {t('campaigns.start.noUnsubscribe')}
              </Alert>
            )}
            <List size="sm">
              <List.Item>{t('campaigns.start.noteBackground')}</List.Item>
              <List.Item>{t('campaigns.start.noteResume')}</List.Item>
            </List>
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
