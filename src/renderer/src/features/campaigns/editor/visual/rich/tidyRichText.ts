/**
 * The editor's JSON as the letter keeps it: TipTap writes every attribute, null ones too (a
 * link's target, rel, class and title; a paragraph's textAlign; a colourless textStyle). They
 * are dropped, so a saved letter holds only what means something, like the starters do.
 */
import type { JSONContent } from '@tiptap/react'
import type { RichText } from '@shared/letter/design'

type Mark = NonNullable<JSONContent['marks']>[number]

function tidyAttrs(attrs: Record<string, unknown> | undefined) {
  if (!attrs) return undefined
  const kept = Object.entries(attrs).filter(([, v]) => v !== null && v !== undefined)
  return kept.length ? Object.fromEntries(kept) : undefined
}

function tidyMark(mark: Mark): Mark | null {
  const attrs = tidyAttrs(mark.attrs)
  if (mark.type === 'textStyle' && !attrs) return null
  return attrs ? { type: mark.type, attrs } : { type: mark.type }
}

function tidyNode(node: JSONContent): JSONContent {
  const out: JSONContent = { type: node.type }
  const attrs = tidyAttrs(node.attrs)
  if (attrs) out.attrs = attrs
  if (node.type === 'text') {
    out.text = node.text
    const marks = (node.marks ?? []).map(tidyMark).filter((m): m is Mark => m !== null)
    if (marks.length) out.marks = marks
  }
  if (node.content) out.content = node.content.map(tidyNode)
  return out
}

export function tidyRichText(doc: JSONContent): RichText {
  return tidyNode(doc) as RichText
}
