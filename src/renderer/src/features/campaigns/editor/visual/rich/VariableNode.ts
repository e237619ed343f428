/**
 * A recipient's value in the text: one atom (`variable` with its column's `name`) that the
 * cursor steps over and Backspace removes whole, shown as a chip. Copied as text it reads
 * `{{name}}`; typing `{{name}}` makes one.
 */
import { Node, mergeAttributes, nodeInputRule } from '@tiptap/react'
import { VariableName } from '@shared/letter/design'

export const VARIABLE_CLASS = 'outbox-variable'

export const VariableNode = Node.create({
  name: 'variable',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: false,

  addAttributes() {
    return {
      name: {
        default: null,
        parseHTML: (element: HTMLElement) => element.getAttribute('data-variable'),
        renderHTML: (attributes: { name?: string }) => ({ 'data-variable': attributes.name }),
      },
    }
  },

  parseHTML() {
    return [
      {
        tag: 'span[data-variable]',
        getAttrs: (element: HTMLElement) =>
          VariableName.safeParse(element.getAttribute('data-variable')).success ? null : false,
      },
    ]
  },

  renderHTML({ node, HTMLAttributes }) {
    return [
      'span',
      mergeAttributes(HTMLAttributes, { class: VARIABLE_CLASS, contenteditable: 'false' }),
      String(node.attrs.name),
    ]
  },

  renderText({ node }) {
    return `{{${String(node.attrs.name)}}}`
  },

  addInputRules() {
    return [
      nodeInputRule({
        // The whole `{{name}}` is the group, so all of it becomes the chip.
        find: /(\{\{[^{}\]]*[^{}\]\s][^{}\]]*\}\})$/,
        type: this.type,
        getAttributes: (match) => ({ name: match[1]!.slice(2, -2).trim() }),
      }),
    ]
  },
})
