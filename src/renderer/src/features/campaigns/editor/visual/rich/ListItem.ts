/**
 * A list item that holds paragraphs only, as the letter's schema does (StarterKit's allows
 * nested lists). Tab is left to move the focus: a nested list could not be saved anyway.
 */
import { Node, mergeAttributes } from '@tiptap/react'

export const ListItem = Node.create({
  name: 'listItem',
  content: 'paragraph+',
  defining: true,

  parseHTML() {
    return [{ tag: 'li' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['li', mergeAttributes(HTMLAttributes), 0]
  },

  addKeyboardShortcuts() {
    return {
      Enter: () => this.editor.commands.splitListItem(this.name),
    }
  },
})
