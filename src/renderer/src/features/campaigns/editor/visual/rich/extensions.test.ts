/**
 * The editor's text schema holds exactly what the letter accepts: every starter's text goes in
 * and comes out unchanged, and pasted HTML the letter cannot hold (headings, quotes, code,
 * strike, nested lists, rgb colours, javascript: links) comes out as text the letter accepts.
 */
import { Editor } from '@tiptap/react'
import { afterEach, describe, expect, it } from 'vitest'
import { RichText, type LetterDesign } from '@shared/letter/design'
import { STARTERS } from '@shared/letter/starters'
import { FIELD_EXTENSIONS, type FieldKind } from './extensions'
import { hexColour } from './hexColour'
import { tidyRichText } from './tidyRichText'

const editors: Editor[] = []
afterEach(() => editors.splice(0).forEach((e) => e.destroy()))

function edit(kind: FieldKind, content: RichText | string) {
  const editor = new Editor({ extensions: FIELD_EXTENSIONS[kind], content })
  editors.push(editor)
  return editor
}

const read = (editor: Editor) => tidyRichText(editor.getJSON())

const texts = (design: LetterDesign) =>
  design.blocks
    .flatMap((b) => (b.type === 'columns' ? b.columns.flat() : [b]))
    .flatMap((b) =>
      'text' in b ? [{ kind: b.type === 'heading' ? 'heading' : 'body', text: b.text }] : [],
    )

describe('the editor’s text schema', () => {
  it('takes every starter’s text and gives it back unchanged', () => {
    const all = Object.values(STARTERS).flatMap((s) => [...texts(s.en), ...texts(s.ru)])
    expect(all.length).toBeGreaterThan(20)
    for (const { kind, text } of all) {
      const out = read(edit(kind as FieldKind, text))
      expect(out).toEqual(text)
    }
  })

  it('turns pasted HTML into text the letter accepts', () => {
    const html =
      '<h1>Title</h1><blockquote><p>Quote</p></blockquote><pre><code>code()</code></pre>' +
      '<p><s>gone</s> <span style="color: rgb(220, 38, 38)">red</span> ' +
      '<span style="color: red">named</span> <a href="javascript:alert(1)">bad</a> ' +
      '<a href="ftp://files.example">ftp</a> <a href="mailto:a@b.example">mail</a></p>' +
      '<ul><li><p>one</p><ul><li><p>nested</p></li></ul></li></ul><hr><p>end</p>'
    for (const kind of ['body', 'heading'] as const) {
      const out = read(edit(kind, html))
      expect(RichText.parse(out)).toEqual(out)
      expect(JSON.stringify(out)).not.toMatch(/javascript|ftp:|rgb|null/)
    }
    const json = JSON.stringify(read(edit('body', html)))
    expect(json.match(/"color":"[^"]*"/g)).toEqual(['"color":"#dc2626"'])
    expect(json).toContain('{"type":"link","attrs":{"href":"mailto:a@b.example"}}')
  })

  it('keeps a heading to one paragraph, with no list', () => {
    const out = read(edit('heading', '<p>One</p><ul><li><p>two</p></li></ul>'))
    expect(out.content).toHaveLength(1)
    expect(out.content[0]!.type).toBe('paragraph')
  })

  it('makes a chip of a typed {{name}}', async () => {
    const element = document.body.appendChild(document.createElement('div'))
    const editor = new Editor({ element, extensions: FIELD_EXTENSIONS.body, content: '<p></p>' })
    editors.push(editor)
    editor.commands.insertContent('Dear {{city}}', { applyInputRules: true })
    await new Promise((resolve) => setTimeout(resolve, 0)) // TipTap applies the rule a tick later
    expect(read(editor).content[0]).toMatchObject({
      content: [
        { type: 'text', text: 'Dear ' },
        { type: 'variable', attrs: { name: 'city' } },
      ],
    })
  })
})

describe('hex colours', () => {
  it('keeps #rrggbb, widens #rgb, converts rgb() and drops the rest', () => {
    expect(hexColour('#A1B2C3')).toBe('#a1b2c3')
    expect(hexColour('#abc')).toBe('#aabbcc')
    expect(hexColour('rgb(220, 38, 38)')).toBe('#dc2626')
    expect(hexColour('rgba(0, 0, 0, 1)')).toBe('#000000')
    for (const bad of ['red', 'rgba(0,0,0,0.5)', 'rgb(300,0,0)', 'var(--x)', '', null, undefined]) {
      expect(hexColour(bad)).toBeNull()
    }
  })
})
