/**
 * Text colour, as TipTap's Color but holding only #rrggbb: a colour pasted from a web page
 * arrives as rgb() or a name, which the letter's schema refuses, so it is turned into hex or
 * dropped as it comes in.
 */
import { Color } from '@tiptap/extension-text-style'
import { hexColour } from './hexColour'

export const HexColor = Color.extend({
  addGlobalAttributes() {
    return [
      {
        types: ['textStyle'],
        attributes: {
          color: {
            default: null,
            parseHTML: (element: HTMLElement) => hexColour(element.style.color),
            renderHTML: (attributes: { color?: string | null }) => {
              const colour = hexColour(attributes.color)
              return colour ? { style: `color: ${colour}` } : {}
            },
          },
        },
      },
    ]
  },
})
