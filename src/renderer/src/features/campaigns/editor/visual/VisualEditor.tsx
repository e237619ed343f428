/**
 * The visual letter editor: the letter's look above, and its blocks on a sheet that looks like
 * the email. It edits a LetterDesign and reports each change (already checked against the
 * schema) through onChange; the caller saves. It loads nothing from anywhere: images are
 * shown only through `imageUrl`.
 */
import { Stack } from '@mantine/core'
import { useMemo, useState, type KeyboardEvent, type MouseEvent } from 'react'
import { useTranslation } from 'react-i18next'
import { VariableName, type LetterDesign } from '@shared/letter/design'
import { BlockList } from './BlockList'
import {
  BlockListContext,
  ImagesContext,
  OpsContext,
  VariablesContext,
  type CampaignImage,
  type LetterOps,
} from './contexts'
import { SHEET, SHEET_CSS, sheetVariables } from './sheetStyle'
import { ThemeBar } from './ThemeBar'
import { useLetterState } from './useLetterState'
import { useSameWhileEqual } from './useSameWhileEqual'

export interface VisualEditorProps {
  design: LetterDesign
  /** Every change, valid by LetterDesign; debounce saving on your side. */
  onChange: (next: LetterDesign) => void
  /** The campaign's images, to place in image blocks. */
  images: readonly CampaignImage[]
  /** The recipients' columns, offered as variable chips (with `email`). */
  variables: readonly string[]
  /** A data: URL to show an image with; without it, image blocks show a placeholder. */
  imageUrl?: (cid: string) => string | undefined
}

const isTyping = (target: EventTarget) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))

export function VisualEditor({ design, onChange, images, variables, imageUrl }: VisualEditorProps) {
  const { t } = useTranslation()
  const letter = useLetterState(design, onChange)
  const [activeId, setActiveId] = useState<string | null>(null)
  const { change, undo, redo } = letter
  const language = letter.design.language

  const ops = useMemo<LetterOps>(
    () => ({ language, change, activate: setActiveId }),
    [language, change],
  )
  const sameImages = useSameWhileEqual(images, JSON.stringify(images))
  const imageSource = useMemo(() => ({ images: sameImages, imageUrl }), [sameImages, imageUrl])
  // A column whose name a chip cannot hold (with `]`, `{` or `}`) is not offered.
  const names = useMemo(
    () => ['email', ...variables.filter((v) => v !== 'email' && VariableName.safeParse(v).success)],
    [variables],
  )
  const sameNames = useSameWhileEqual(names, names.join('\n'))

  // Ctrl+Z outside a text field undoes the letter's last step; inside one, the field's own.
  const onKeyDown = (e: KeyboardEvent) => {
    if (!(e.ctrlKey || e.metaKey) || isTyping(e.target)) return
    const key = e.key.toLowerCase()
    if (key === 'z' && !e.shiftKey) undo()
    else if ((key === 'z' && e.shiftKey) || key === 'y') redo()
    else return
    e.preventDefault()
  }
  // A click on the sheet outside every block leaves the active one.
  const onSheetClick = (e: MouseEvent) => {
    const target = e.target as Element
    if (e.currentTarget.contains(target) && !target.closest('[data-block-id]')) setActiveId(null)
  }

  return (
    <OpsContext.Provider value={ops}>
      <ImagesContext.Provider value={imageSource}>
        <VariablesContext.Provider value={sameNames}>
          <BlockListContext.Provider value={BlockList}>
            <Stack gap="sm" onKeyDown={onKeyDown} data-testid="visual-editor">
              <style>{SHEET_CSS}</style>
              <ThemeBar
                theme={letter.design.theme}
                canUndo={letter.canUndo}
                canRedo={letter.canRedo}
                onUndo={undo}
                onRedo={redo}
              />
              <div
                className={SHEET}
                style={sheetVariables(letter.design.theme)}
                role="region"
                aria-label={t('campaigns.visual.letter')}
                onClick={onSheetClick}
              >
                <div className="outbox-paper" lang={language}>
                  <BlockList blocks={letter.design.blocks} place={null} activeId={activeId} />
                </div>
              </div>
            </Stack>
          </BlockListContext.Provider>
        </VariablesContext.Provider>
      </ImagesContext.Provider>
    </OpsContext.Provider>
  )
}
