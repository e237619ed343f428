/**
 * Where the tray icon's file is, and a drawn stand-in when it is missing (a tray with an empty
 * image is invisible on Windows, and the user could not get the window back from it).
 * resources/tray.png on Windows and Linux; resources/trayTemplate.png (+ @2x, which Electron
 * picks up by itself) on macOS, where a template image follows the light or dark menu bar.
 */
import { join } from 'node:path'
import type { RuntimePaths } from '../native'

export function trayIconName(platform: NodeJS.Platform): string {
  return platform === 'darwin' ? 'trayTemplate.png' : 'tray.png'
}

/** Where to look, in order: the installed app's resources folder, or the repository's. */
export function trayIconCandidates(paths: RuntimePaths, platform: NodeJS.Platform): string[] {
  const name = trayIconName(platform)
  return paths.isPackaged
    ? [join(paths.resourcesPath, name), join(paths.resourcesPath, 'resources', name)]
    : [join(paths.appPath, 'resources', name)]
}

export const FALLBACK_ICON_SIZE = 16

/**
 * A 16×16 envelope outline, BGRA for nativeImage.createFromBitmap: black on transparent, which
 * macOS treats as a template and other systems show as a plain dark glyph.
 */
export function fallbackTrayBitmap(): Buffer {
  const n = FALLBACK_ICON_SIZE
  const pixels = Buffer.alloc(n * n * 4)
  const ink = (x: number, y: number) => {
    const i = (y * n + x) * 4
    pixels[i + 3] = 255 // B, G, R stay 0: black
  }
  const top = 3
  const bottom = 12
  for (let x = 1; x < n - 1; x++) {
    ink(x, top)
    ink(x, bottom)
  }
  for (let y = top; y <= bottom; y++) {
    ink(1, y)
    ink(n - 2, y)
  }
  // The flap: two diagonals meeting in the middle.
  for (let x = 1; x <= n / 2 - 1; x++) {
    const y = top + Math.round(((x - 1) * 5) / (n / 2 - 2))
    ink(x, y)
    ink(n - 1 - x, y)
  }
  return pixels
}
