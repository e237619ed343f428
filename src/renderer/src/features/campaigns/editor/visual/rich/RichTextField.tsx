/**
 * One block's rich text. Drawn statically until the marketer goes into it (a click, Tab, or
 * working on its block), then a TipTap editor made once and kept: its content is given only
 * at the start, each change goes out as JSON, and only a different text from outside (the
 * letter's undo) is put back into it. Typing redraws this field alone.
 */
import { Text } from '@mantine/core'
import { EditorContent, useEditor, type Editor, type UseEditorOptions } from '@tiptap/react'
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react'
import type { RichText } from '@shared/letter/design'
import { RICH } from '../sheetStyle'
import type { FieldKind } from './extensions'
import { FIELD_EXTENSIONS } from './extensions'
import { drawRichText } from './staticRichText'
import { tidyRichText } from './tidyRichText'
import { Toolbar } from './Toolbar'

export interface RichTextFieldProps {
  kind: FieldKind
  value: RichText
  /** The field's name for screen readers. */
  label: string
  onChange: (text: RichText) => void
  /** The field's block is the one being worked on: the field goes live, the toolbar shows. */
  active: boolean
  /** Why the last change was not kept, if it was not. */
  error?: string | null
  /** A block's own tools, at the toolbar's start. */
  tools?: ReactNode
}

/** Where in the text it was clicked, from its top left corner: the toolbar may move it down. */
type Point = { left: number; top: number }
/** The start after Tab; all of a new block's words, so that typing replaces them. */
type Place = 'start' | 'all'

export function RichTextField(props: RichTextFieldProps) {
  const [live, setLive] = useState(false)
  const [focusAt, setFocusAt] = useState<Point | Place | null>(null)
  const isLive = live || props.active
  return (
    <>
      {isLive ? (
        <LiveField {...props} focusAt={focusAt} onLive={setLive} />
      ) : (
        <StaticField
          kind={props.kind}
          value={props.value}
          label={props.label}
          onEnter={(point) => {
            setFocusAt(point)
            setLive(true)
          }}
        />
      )}
      {props.error && (
        <Text size="xs" c="red" role="alert" ff="var(--mantine-font-family)">
          {props.error}
        </Text>
      )}
    </>
  )
}

function StaticField({
  kind,
  value,
  label,
  onEnter,
}: {
  kind: FieldKind
  value: RichText
  label: string
  onEnter: (point: Point | Place) => void
}) {
  const host = useRef<HTMLDivElement>(null)
  useLayoutEffect(() => {
    if (host.current) drawRichText(kind, value, host.current)
  }, [kind, value])
  return (
    <div
      ref={host}
      className={RICH}
      tabIndex={0}
      role="textbox"
      aria-label={label}
      aria-multiline={kind === 'body'}
      // The editor takes this element's place at once, so the click is handled here rather
      // than by the browser focusing an element that is gone.
      onMouseDown={(e) => {
        e.preventDefault()
        const box = e.currentTarget.getBoundingClientRect()
        onEnter({ left: e.clientX - box.left, top: e.clientY - box.top })
      }}
      onFocus={(e) => onEnter(e.currentTarget.dataset.selectAll ? 'all' : 'start')}
    />
  )
}

function LiveField({
  kind,
  value,
  label,
  onChange,
  active,
  tools,
  focusAt,
  onLive,
}: RichTextFieldProps & { focusAt: Point | Place | null; onLive: (live: true) => void }) {
  // What the editor last reported or was given: a value that differs came from outside.
  const known = useRef(value)
  const report = useRef(onChange)
  useEffect(() => {
    report.current = onChange
  }, [onChange])

  const [options] = useState<UseEditorOptions>(() => ({
    extensions: FIELD_EXTENSIONS[kind],
    content: value,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: fieldAttributes(kind, label) },
    onUpdate: ({ editor }) => {
      const text = tidyRichText(editor.getJSON())
      known.current = text
      report.current(text)
    },
  }))
  const editor = useEditor(options)

  // Once live, a field stays live when its block is left: the editor and its undo are kept.
  useEffect(() => onLive(true), [onLive])

  useEffect(() => {
    if (value === known.current) return
    known.current = value
    // Not an edit of this field: its own Ctrl+Z should not step back over it.
    editor.chain().setMeta('addToHistory', false).setContent(value, { emitUpdate: false }).run()
  }, [editor, value])

  useEffect(() => {
    editor.setOptions({ editorProps: { attributes: fieldAttributes(kind, label) } })
  }, [editor, kind, label])

  useEffect(() => {
    if (focusAt) focusEditor(editor, focusAt)
    // Only when the field first goes live from a click or Tab.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  return (
    <>
      {active && (
        <Toolbar editor={editor} kind={kind}>
          {tools}
        </Toolbar>
      )}
      <EditorContent editor={editor} />
    </>
  )
}

const fieldAttributes = (kind: FieldKind, label: string): Record<string, string> => ({
  class: RICH,
  role: 'textbox',
  'aria-label': label,
  'aria-multiline': String(kind === 'body'),
})

/** Puts the cursor where the static text was clicked, at its start, or selects it all. */
function focusEditor(editor: Editor, at: Point | Place) {
  if (typeof at === 'string') {
    editor.commands.focus(at)
    return
  }
  let position: number | undefined
  try {
    const box = editor.view.dom.getBoundingClientRect()
    position = editor.view.posAtCoords({ left: box.left + at.left, top: box.top + at.top })?.pos
  } catch {
    position = undefined
  }
  editor.commands.focus(position ?? 'end')
}
