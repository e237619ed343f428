/** jsdom lacks a few browser APIs the component library measures with. */
import { cleanup } from '@testing-library/react'
import { afterEach } from 'vitest'

Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
})

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub
window.HTMLElement.prototype.scrollIntoView = () => {}
// Mantine's autosizing Textarea listens for web fonts finishing loading.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {} },
  })
}

// CodeMirror (the HTML editor) measures text ranges, which jsdom does not lay out.
if (!('getClientRects' in Range.prototype)) {
  const none = { length: 0, item: () => null, [Symbol.iterator]: [][Symbol.iterator] }
  Object.assign(Range.prototype, {
    getClientRects: () => none,
    getBoundingClientRect: () => ({
      x: 0,
      y: 0,
      width: 0,
      height: 0,
      top: 0,
      right: 0,
      bottom: 0,
      left: 0,
    }),
  })
}

afterEach(() => cleanup())

// ProseMirror (the visual editor's text) measures ranges and asks what is under a point.
if (!(Range.prototype as Partial<Range>).getClientRects) {
  const noRects = Object.assign([], { item: () => null }) as unknown as DOMRectList
  Range.prototype.getClientRects = () => noRects
  Range.prototype.getBoundingClientRect = () => new DOMRect()
}
if (!document.elementFromPoint) document.elementFromPoint = () => null
