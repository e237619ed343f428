/**
 * Rich text drawn without an editor, from the same schema: a letter of 60 blocks opens fast
 * because a field becomes a TipTap editor only when the marketer goes into it.
 */
import { getSchema } from '@tiptap/react'
import { DOMSerializer, Node, type Schema } from '@tiptap/pm/model'
import type { RichText } from '@shared/letter/design'
import { FIELD_EXTENSIONS, type FieldKind } from './extensions'

const drawers = new Map<FieldKind, { schema: Schema; serializer: DOMSerializer }>()

function drawer(kind: FieldKind) {
  let found = drawers.get(kind)
  if (!found) {
    const schema = getSchema(FIELD_EXTENSIONS[kind])
    found = { schema, serializer: DOMSerializer.fromSchema(schema) }
    drawers.set(kind, found)
  }
  return found
}

/** Replaces the element's children with the text as the editor would show it. */
export function drawRichText(kind: FieldKind, text: RichText, into: HTMLElement): void {
  const { schema, serializer } = drawer(kind)
  try {
    into.replaceChildren(serializer.serializeFragment(Node.fromJSON(schema, text).content))
  } catch {
    // Text this field's schema cannot hold (a list in a heading): show its words at least.
    into.textContent =
      JSON.stringify(text)
        .match(/"text":"([^"]*)"/g)
        ?.join(' ') ?? ''
  }
}
