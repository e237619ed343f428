/**
 * The window's size and place, remembered between runs in a small JSON file in the data folder.
 * `restoreWindowState` is pure: whatever the file says (nothing, garbage, a monitor since
 * unplugged), it answers bounds that fit on a display that exists now.
 */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export interface WindowState {
  bounds: Rect
  maximized: boolean
}

/** Where the window opens, and how small it may get there. */
export interface WindowPlace extends WindowState {
  /**
   * MIN_SIZE, or less on a display whose work area is smaller (1920×1080 at 150 % leaves about
   * 1280×672): the window must never be taller than the screen it is on.
   */
  minSize: { width: number; height: number }
}

export const WINDOW_STATE_FILE = 'window-state.json'
export const MIN_SIZE = { width: 1024, height: 700 } as const
export const DEFAULT_SIZE = { width: 1200, height: 800 } as const
/** This much of the window must lie on one display to keep its place (its title bar, roughly). */
const MIN_VISIBLE = { width: 200, height: 100 }

export interface DisplayArea {
  workArea: Rect
}

export function restoreWindowState(
  saved: unknown,
  displays: readonly DisplayArea[],
  primary: DisplayArea,
): WindowPlace {
  const parsed = parse(saved)
  const home = parsed ? bestDisplay(parsed.bounds, displays) : null
  if (parsed && home) {
    const minSize = minSizeOn(home.workArea)
    return {
      bounds: fitInside(parsed.bounds, home.workArea, minSize),
      maximized: parsed.maximized,
      minSize,
    }
  }
  const minSize = minSizeOn(primary.workArea)
  return {
    bounds: centred(DEFAULT_SIZE, primary.workArea, minSize),
    maximized: parsed?.maximized ?? false,
    minSize,
  }
}

function minSizeOn(area: Rect): { width: number; height: number } {
  return {
    width: Math.min(MIN_SIZE.width, area.width),
    height: Math.min(MIN_SIZE.height, area.height),
  }
}

function parse(saved: unknown): WindowState | null {
  if (typeof saved !== 'object' || saved === null) return null
  const { bounds, maximized } = saved as Record<string, unknown>
  if (typeof bounds !== 'object' || bounds === null) return null
  const b = bounds as Record<string, unknown>
  const nums = [b.x, b.y, b.width, b.height]
  if (!nums.every((v) => typeof v === 'number' && Number.isFinite(v))) return null
  const [x, y, width, height] = (nums as number[]).map(Math.round) as [
    number,
    number,
    number,
    number,
  ]
  if (width <= 0 || height <= 0) return null
  return { bounds: { x, y, width, height }, maximized: maximized === true }
}

function overlap(a: Rect, b: Rect): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  }
}

/** The display showing most of the window, if enough of it shows anywhere to grab it. */
function bestDisplay(bounds: Rect, displays: readonly DisplayArea[]): DisplayArea | null {
  let best: DisplayArea | null = null
  let bestArea = 0
  for (const d of displays) {
    const o = overlap(bounds, d.workArea)
    const seen =
      Math.min(o.width, bounds.width) >= Math.min(MIN_VISIBLE.width, bounds.width) &&
      Math.min(o.height, bounds.height) >= Math.min(MIN_VISIBLE.height, bounds.height)
    if (seen && o.width * o.height > bestArea) {
      best = d
      bestArea = o.width * o.height
    }
  }
  return best
}

/** Shrinks to the work area (never under the minimum size) and moves fully inside it. */
function fitInside(b: Rect, area: Rect, min: { width: number; height: number }): Rect {
  const width = Math.max(min.width, Math.min(b.width, area.width))
  const height = Math.max(min.height, Math.min(b.height, area.height))
  const x = clamp(b.x, area.x, area.x + area.width - width)
  const y = clamp(b.y, area.y, area.y + area.height - height)
  return { x, y, width, height }
}

function centred(
  size: { width: number; height: number },
  area: Rect,
  min: { width: number; height: number },
): Rect {
  const width = Math.max(min.width, Math.min(size.width, area.width))
  const height = Math.max(min.height, Math.min(size.height, area.height))
  return {
    x: area.x + Math.round((area.width - width) / 2),
    y: area.y + Math.round((area.height - height) / 2),
    width,
    height,
  }
}

/** Within [min, max]; when the window is larger than the area, its top-left stays on it. */
function clamp(v: number, min: number, max: number): number {
  return Math.max(min, Math.min(v, Math.max(min, max)))
}
