import { describe, expect, it } from 'vitest'
import { DEFAULT_SIZE, MIN_SIZE, restoreWindowState, type DisplayArea } from './windowState'

const laptop: DisplayArea = { workArea: { x: 0, y: 25, width: 1440, height: 875 } }
const rightMonitor: DisplayArea = { workArea: { x: 1440, y: 0, width: 2560, height: 1400 } }
const centredDefault = {
  x: (1440 - DEFAULT_SIZE.width) / 2,
  y: 25 + Math.round((875 - DEFAULT_SIZE.height) / 2),
  ...DEFAULT_SIZE,
}

describe('restoreWindowState', () => {
  it('keeps a saved place that is on a display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: false }
    expect(restoreWindowState(saved, [laptop, rightMonitor], laptop)).toEqual({
      ...saved,
      minSize: MIN_SIZE,
    })
  })

  it('keeps the maximized state', () => {
    const saved = { bounds: { x: 100, y: 100, width: 1100, height: 760 }, maximized: true }
    expect(restoreWindowState(saved, [laptop], laptop).maximized).toBe(true)
  })

  it('first run, or no file: default size centred on the primary display', () => {
    expect(restoreWindowState(null, [laptop], laptop)).toEqual({
      bounds: centredDefault,
      maximized: false,
      minSize: MIN_SIZE,
    })
  })

  it('corrupt contents: the default', () => {
    for (const saved of [
      'nonsense',
      42,
      [],
      { bounds: null },
      { bounds: { x: 1, y: 2, width: '1200', height: 800 } },
      { bounds: { x: 1, y: 2, width: Number.NaN, height: 800 } },
      { bounds: { x: 1, y: 2, width: 0, height: 800 } },
      { bounds: { x: 1, y: 2, width: 1200, height: -5 } },
    ])
      expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual(centredDefault)
  })

  it('a monitor since unplugged: back, default size, on the primary display', () => {
    const saved = { bounds: { x: 1600, y: 100, width: 1300, height: 900 }, maximized: false }
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual(centredDefault)
  })

  it('barely on screen (a sliver at the edge): the default', () => {
    const saved = { bounds: { x: 1400, y: 100, width: 1200, height: 800 }, maximized: false }
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual(centredDefault)
  })

  it('partly off screen: moved fully inside the display it mostly shows on', () => {
    const saved = { bounds: { x: 900, y: -200, width: 1200, height: 800 }, maximized: false }
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({
      x: 1440 - 1200,
      y: 25,
      width: 1200,
      height: 800,
    })
  })

  it('larger than the display now: shrunk to it, and to the minimum size only as far as it fits', () => {
    const saved = { bounds: { x: 0, y: 0, width: 3000, height: 2000 }, maximized: false }
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({
      x: 0,
      y: 25,
      width: 1440,
      height: 875,
    })
    // 1920×1080 at 150 % less the taskbar: the window is never taller than the screen.
    const small: DisplayArea = { workArea: { x: 0, y: 0, width: 1280, height: 672 } }
    expect(restoreWindowState(saved, [small], small)).toEqual({
      bounds: { x: 0, y: 0, width: 1280, height: 672 },
      maximized: false,
      minSize: { width: MIN_SIZE.width, height: 672 },
    })
    expect(restoreWindowState(null, [small], small).minSize).toEqual({
      width: MIN_SIZE.width,
      height: 672,
    })
  })

  it('rounds fractional numbers (scaled displays)', () => {
    const saved = { bounds: { x: 10.4, y: 40.6, width: 1100.5, height: 760.2 } }
    expect(restoreWindowState(saved, [laptop], laptop).bounds).toEqual({
      x: 10,
      y: 41,
      width: 1101,
      height: 760,
    })
  })
})
