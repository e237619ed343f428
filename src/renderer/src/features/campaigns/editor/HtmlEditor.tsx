import { html } from '@codemirror/lang-html'
import { Compartment, Prec } from '@codemirror/state'
import { oneDark } from '@codemirror/theme-one-dark'
import { useComputedColorScheme } from '@mantine/core'
import { EditorView, basicSetup } from 'codemirror'
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'

/**
 * Colours that meet WCAG AA (4.5:1, checked by axe-core in the accessibility e2e test): One Dark
 * on a darker ground (its red and its comments grey fall short on #282c34), and no tint behind
 * the light theme's current line (its green attribute names fall short on it).
 */
const darkColors = [
  oneDark,
  Prec.highest(
    EditorView.theme({ '&, .cm-gutters': { backgroundColor: '#1b1e23' } }, { dark: true }),
  ),
]
const lightColors = EditorView.theme({ '.cm-activeLine': { backgroundColor: 'transparent' } })

export interface HtmlEditorHandle {
  /** Puts text where the cursor is (replacing any selection) and focuses the editor. */
  insert: (text: string) => void
}

/** The HTML body in CodeMirror: highlighting, line numbers, search, undo, bracket matching. */
export function HtmlEditor({
  value,
  onChange,
  label,
  ref,
}: {
  value: string
  onChange: (value: string) => void
  label: string
  ref?: Ref<HtmlEditorHandle>
}) {
  const host = useRef<HTMLDivElement>(null)
  const scheme = useComputedColorScheme('light')
  // The colours follow the window's light or dark theme without rebuilding the editor.
  const theme = useRef(new Compartment())
  const view = useRef<EditorView | null>(null)
  const changed = useRef(onChange)
  useEffect(() => {
    changed.current = onChange
  }, [onChange])

  useEffect(() => {
    const editor = new EditorView({
      doc: value,
      parent: host.current!,
      extensions: [
        basicSetup,
        html(),
        theme.current.of(scheme === 'dark' ? darkColors : lightColors),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ 'aria-label': label }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) changed.current(update.state.doc.toString())
        }),
        EditorView.theme({
          '&': { fontSize: '13px', minHeight: '320px', maxHeight: '560px' },
          '.cm-scroller': {
            overflow: 'auto',
            fontFamily: 'ui-monospace, Menlo, Consolas, monospace',
          },
        }),
      ],
    })
    view.current = editor
    return () => {
      editor.destroy()
      view.current = null
    }
    // The editor owns its text once made; outside changes arrive through the effect below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    view.current?.dispatch({
      effects: theme.current.reconfigure(scheme === 'dark' ? darkColors : lightColors),
    })
  }, [scheme])

  // A value from elsewhere (a reload, a save's answer) replaces the text only if it differs.
  useEffect(() => {
    const editor = view.current
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } })
    }
  }, [value])

  useImperativeHandle(ref, () => ({
    insert: (text) => {
      const editor = view.current
      if (!editor) return
      editor.dispatch(editor.state.replaceSelection(text))
      editor.focus()
    },
  }))

  return (
    <div
      ref={host}
      data-testid="html-editor"
      style={{
        border: '1px solid var(--mantine-color-default-border)',
        borderRadius: 'var(--mantine-radius-sm)',
        overflow: 'hidden',
      }}
    />
  )
}
