/**
 * One of the campaign's images as the letter places it, or a placeholder where no picture can
 * be shown (the editor loads nothing itself); when active, which image, its description, link,
 * width and alignment.
 */
import { Alert, Group, NumberInput, Select, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ImageBlock, LinkTarget } from '@shared/letter/design'
import { useImages } from '../contexts'
import { AlignControl, Settings } from './Settings'
import { useBlockUpdate, type BlockOf } from './useBlockUpdate'
import { useDraft, type Kept } from './useDraft'

const MARGINS = { left: '0', center: '0 auto', right: '0 0 0 auto' } as const

export function ImageView({ block, active }: { block: BlockOf<'image'>; active: boolean }) {
  const { t } = useTranslation()
  const { images, imageUrl } = useImages()
  const update = useBlockUpdate(block.id, 'image')
  const image = images.find((i) => i.cid === block.cid)
  const src = image ? imageUrl?.(block.cid) : undefined
  const outcome = (kept: string, result: ReturnType<typeof update>): Kept =>
    result.ok ? { kept } : { error: result.problem }

  const alt = useDraft(block.alt, (text) => outcome(text, update({ alt: text }, 'alt')))
  const url = useDraft(block.url ?? '', (text) => {
    if (text.trim() === '') return outcome('', update({ url: null }, 'url'))
    const checked = LinkTarget.safeParse(text)
    if (!checked.success) return { error: t('campaigns.visual.link.invalid') }
    return outcome(checked.data, update({ url: checked.data }, 'url'))
  })
  const width = useDraft(block.width === null ? '' : String(block.width), (text) => {
    if (text === '') return outcome('', update({ width: null }, 'width'))
    const checked = ImageBlock.shape.width.safeParse(Number(text))
    if (!checked.success) return { error: t('campaigns.visual.fields.widthInvalid') }
    return outcome(text, update({ width: checked.data }, 'width'))
  })

  const look = {
    display: 'block',
    width: block.width ?? '100%',
    maxWidth: '100%',
    margin: MARGINS[block.align],
  }
  return (
    <>
      <div style={{ padding: '8px 24px' }}>
        {src ? (
          <img src={src} alt={block.alt} style={{ ...look, height: 'auto' }} />
        ) : (
          <div
            data-testid="image-placeholder"
            style={{
              ...look,
              padding: '32px 8px',
              textAlign: 'center',
              border: '1px dashed var(--letter-quiet)',
              color: 'var(--letter-quiet)',
              fontSize: 14,
            }}
          >
            {t('campaigns.visual.fields.noPreview', { name: image?.filename ?? block.cid })}
          </div>
        )}
      </div>
      {active && (
        <Settings testId="image-settings">
          {!image && <Alert color="orange">{t('campaigns.visual.fields.missingImage')}</Alert>}
          <Select
            label={t('campaigns.visual.fields.image')}
            data={images.map((i) => ({ value: i.cid, label: i.filename }))}
            value={image ? block.cid : null}
            allowDeselect={false}
            onChange={(cid) => cid && update({ cid })}
            data-testid="image-cid"
          />
          <TextInput
            label={t('campaigns.visual.fields.alt')}
            description={t('campaigns.visual.fields.altHint')}
            value={alt.text}
            onChange={(e) => alt.onChange(e.currentTarget.value)}
            error={alt.error}
            maxLength={500}
            data-testid="image-alt"
          />
          <TextInput
            label={t('campaigns.visual.fields.optionalUrl')}
            description={t('campaigns.visual.link.hint', { example: '{{unsubscribeUrl}}' })}
            value={url.text}
            onChange={(e) => url.onChange(e.currentTarget.value)}
            error={url.error}
            data-testid="image-url"
          />
          <Group align="flex-start">
            <NumberInput
              label={t('campaigns.visual.fields.width')}
              description={t('campaigns.visual.fields.widthHint')}
              min={16}
              max={1200}
              allowDecimal={false}
              allowNegative={false}
              value={width.text}
              onChange={(v) => width.onChange(String(v))}
              error={width.error}
              data-testid="image-width"
            />
            <AlignControl value={block.align} onChange={(align) => update({ align })} />
          </Group>
        </Settings>
      )}
    </>
  )
}
