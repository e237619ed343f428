import { Button, Group, Text } from '@mantine/core'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import type { LetterDesign } from '@shared/letter/design'
import { draftEdited, draftSaved } from '@renderer/store/draft/actions'
import type { DraftContent } from '@renderer/store/draft/state'
import { ConfirmModal } from '../../common/ConfirmModal'
import { useImageUrls } from './useImageUrls'
import { VisualEditor } from './visual/VisualEditor'

/**
 * A letter written in the visual editor: the editor itself, and the one-way door to HTML for
 * whoever wants to edit the code (asked first: the visual editor cannot open it again).
 */
export function VisualLetter({
  campaignId,
  content,
  design,
  variables,
}: {
  campaignId: number
  content: DraftContent
  design: LetterDesign
  variables: readonly string[]
}) {
  const { t } = useTranslation()
  const [asking, setAsking] = useState(false)
  const imageUrl = useImageUrls(campaignId, content.images)
  const onChange = useCallback(
    (next: LetterDesign) => draftEdited(campaignId, { design: next }),
    [campaignId],
  )
  const toHtml = async () => {
    await draftSaved()
    draftEdited(campaignId, { design: null })
    await draftSaved()
    setAsking(false)
  }

  return (
    <>
      <Group justify="space-between" align="flex-end">
        <Text fw={500} size="sm">
          {t('campaigns.letter.title')}
        </Text>
        <Button size="xs" variant="subtle" onClick={() => setAsking(true)} data-testid="to-html">
          {t('campaigns.letter.toHtml')}
        </Button>
      </Group>
      <VisualEditor
        design={design}
        onChange={onChange}
        images={content.images}
        variables={variables}
        imageUrl={imageUrl}
      />
      <ConfirmModal
        opened={asking}
        title={t('campaigns.letter.toHtmlTitle')}
        body={t('campaigns.letter.toHtmlBody')}
        confirmLabel={t('campaigns.letter.toHtmlConfirm')}
        onConfirm={toHtml}
        onClose={() => setAsking(false)}
        testId="to-html"
      />
    </>
  )
}
