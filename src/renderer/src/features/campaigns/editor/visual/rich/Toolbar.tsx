/**
 * The formatting toolbar of the text being edited: bold, italic, underline, link, lists,
 * alignment, colour and variables. It shows only above the active field, so a long letter
 * does not carry sixty of them; `children` adds a block's own tools (a heading's level).
 */
import { ActionIcon, Group, Tooltip } from '@mantine/core'
import { useEditorState, type Editor } from '@tiptap/react'
import { memo, useState, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import {
  AlignCenterIcon,
  AlignLeftIcon,
  AlignRightIcon,
  BulletListIcon,
  LinkIcon,
  OrderedListIcon,
} from '../icons'
import { ColourMenu } from './ColourMenu'
import type { FieldKind } from './extensions'
import { LinkDialog } from './LinkDialog'
import { VariableMenu } from './VariableMenu'

export function Tool({
  label,
  pressed,
  onClick,
  children,
  testId,
}: {
  label: string
  pressed?: boolean
  onClick: () => void
  children: ReactNode
  testId?: string
}) {
  return (
    <Tooltip label={label} openDelay={400}>
      <ActionIcon
        variant={pressed ? 'light' : 'subtle'}
        color={pressed ? undefined : 'gray'}
        aria-label={label}
        aria-pressed={pressed}
        // The editor keeps its selection while a tool is clicked.
        onMouseDown={(e) => e.preventDefault()}
        onClick={onClick}
        data-testid={testId}
      >
        {children}
      </ActionIcon>
    </Tooltip>
  )
}

const ALIGNMENTS = [
  { align: 'left', icon: <AlignLeftIcon />, word: 'alignLeft' },
  { align: 'center', icon: <AlignCenterIcon />, word: 'alignCenter' },
  { align: 'right', icon: <AlignRightIcon />, word: 'alignRight' },
] as const

/** Memoised: typing redraws it only when what it shows changes (bold on, a link, …). */
export const Toolbar = memo(function Toolbar({
  editor,
  kind,
  children,
}: {
  editor: Editor
  kind: FieldKind
  children?: ReactNode
}) {
  const { t } = useTranslation()
  const [linking, setLinking] = useState(false)
  const state = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      bold: e.isActive('bold'),
      italic: e.isActive('italic'),
      underline: e.isActive('underline'),
      link: e.isActive('link'),
      bulletList: e.isActive('bulletList'),
      orderedList: e.isActive('orderedList'),
      align: e.isActive({ textAlign: 'center' })
        ? 'center'
        : e.isActive({ textAlign: 'right' })
          ? 'right'
          : 'left',
      colour: ((e.getAttributes('textStyle') as { color?: string }).color ?? null) as string | null,
    }),
  })
  const run = (command: (chain: ReturnType<Editor['chain']>) => ReturnType<Editor['chain']>) =>
    command(editor.chain().focus()).run()
  const w = (word: string) => t(`campaigns.visual.format.${word}` as 'campaigns.visual.format.bold')

  return (
    <Group
      gap={2}
      role="group"
      aria-label={w('toolbar')}
      data-testid="text-toolbar"
      pb={4}
      style={{ fontFamily: 'var(--mantine-font-family)' }}
    >
      {children}
      <Tool label={w('bold')} pressed={state.bold} onClick={() => run((c) => c.toggleBold())}>
        <b>B</b>
      </Tool>
      <Tool label={w('italic')} pressed={state.italic} onClick={() => run((c) => c.toggleItalic())}>
        <i style={{ fontFamily: 'serif' }}>I</i>
      </Tool>
      <Tool
        label={w('underline')}
        pressed={state.underline}
        onClick={() => run((c) => c.toggleUnderline())}
      >
        <u>U</u>
      </Tool>
      <Tool label={w('link')} pressed={state.link} onClick={() => setLinking(true)} testId="link">
        <LinkIcon />
      </Tool>
      {kind === 'body' && (
        <>
          <Tool
            label={w('bulletList')}
            pressed={state.bulletList}
            onClick={() => run((c) => c.toggleBulletList())}
          >
            <BulletListIcon />
          </Tool>
          <Tool
            label={w('orderedList')}
            pressed={state.orderedList}
            onClick={() => run((c) => c.toggleOrderedList())}
          >
            <OrderedListIcon />
          </Tool>
        </>
      )}
      {ALIGNMENTS.map(({ align, icon, word }) => (
        <Tool
          key={align}
          label={w(word)}
          pressed={state.align === align}
          onClick={() => run((c) => c.setTextAlign(align))}
        >
          {icon}
        </Tool>
      ))}
      <ColourMenu editor={editor} colour={state.colour} />
      <VariableMenu editor={editor} />
      {linking && <LinkDialog editor={editor} onClose={() => setLinking(false)} />}
    </Group>
  )
})
