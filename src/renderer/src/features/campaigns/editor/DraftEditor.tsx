import { Alert, Group, Loader, Stack, Tabs, TextInput, Title, VisuallyHidden } from '@mantine/core'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { CampaignView } from '@renderer/store/campaigns/state'
import { draftEdited, draftOpened } from '@renderer/store/draft/actions'
import { draftSelectors } from '@renderer/store/draft/state'
import { useStore } from '@renderer/store/store'
import { ErrorText } from '../../common/ErrorText'
import { StatusBadge } from '../StatusBadge'
import { MessageStep } from './MessageStep'
import { PreviewStep } from './PreviewStep'
import { RecipientsStep } from './RecipientsStep'
import { SaveIndicator } from './SaveIndicator'
import { SendingStep } from './SendingStep'
import { StartButton } from './StartButton'
import { STEPS, type Step } from './steps'

/** A draft, in the order a new user goes: recipients → message → sending → preview and test. */
export function DraftEditor({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation()
  const content = useStore(draftSelectors.content)
  const error = useStore(draftSelectors.error)
  const [step, setStep] = useState<Step>(campaign.recipients === 0 ? 'recipients' : 'message')

  useEffect(() => {
    void draftOpened(campaign.id)
  }, [campaign.id])

  return (
    <Stack>
      {/* The screen's heading for screen readers; the name field shows it to everyone. */}
      <VisuallyHidden>
        <Title order={2}>{campaign.name}</Title>
      </VisuallyHidden>
      <Group justify="space-between" align="flex-end" wrap="nowrap">
        {/* At 1024 px the badge and "saved" wrap below rather than squeeze the name. */}
        <Group align="flex-end" wrap="wrap" style={{ flex: 1 }}>
          <TextInput
            label={t('campaigns.editor.name')}
            value={campaign.name}
            onChange={(e) => draftEdited(campaign.id, { name: e.currentTarget.value })}
            size="md"
            style={{ flex: 1, minWidth: 260, maxWidth: 520 }}
            data-testid="campaign-name"
          />
          <StatusBadge status={campaign.status} />
          <SaveIndicator />
        </Group>
        <StartButton campaign={campaign} onShowStep={setStep} />
      </Group>
      {error && (
        <Alert color="red" data-testid="draft-error">
          <ErrorText error={error} />
        </Alert>
      )}
      {content?.id !== campaign.id ? (
        <Loader />
      ) : (
        <Tabs value={step} onChange={(v) => v && setStep(v as Step)} keepMounted={false}>
          <Tabs.List>
            {STEPS.map((s, i) => (
              <Tabs.Tab key={s} value={s} data-testid={`step-${s}`}>
                {i + 1}. {t(`campaigns.editor.steps.${s}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="recipients" pt="md">
            <RecipientsStep campaign={campaign} onDone={() => setStep('message')} />
          </Tabs.Panel>
          <Tabs.Panel value="message" pt="md">
            <MessageStep campaign={campaign} content={content} />
          </Tabs.Panel>
          <Tabs.Panel value="sending" pt="md">
            <SendingStep campaign={campaign} />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="md">
            <PreviewStep campaign={campaign} />
          </Tabs.Panel>
        </Tabs>
      )}
    </Stack>
  )
}
