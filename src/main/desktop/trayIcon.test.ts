import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { FALLBACK_ICON_SIZE, fallbackTrayBitmap, trayIconCandidates } from './trayIcon'

const paths = (isPackaged: boolean) => ({
  isPackaged,
  resourcesPath: join('installed', 'resources'),
  appPath: 'repo',
})

describe('the tray icon', () => {
  it('comes from the repository’s resources/ when run from source', () => {
    expect(trayIconCandidates(paths(false), 'linux')).toEqual([
      join('repo', 'resources', 'tray.png'),
    ])
    expect(trayIconCandidates(paths(false), 'darwin')).toEqual([
      join('repo', 'resources', 'trayTemplate.png'),
    ])
  })

  it('comes from the installed app’s resources folder when packaged', () => {
    expect(trayIconCandidates(paths(true), 'win32')).toEqual([
      join('installed', 'resources', 'tray.png'),
      join('installed', 'resources', 'resources', 'tray.png'),
    ])
  })

  it('has a drawn stand-in: 16×16 BGRA, opaque ink on transparent', () => {
    const bitmap = fallbackTrayBitmap()
    expect(bitmap).toHaveLength(FALLBACK_ICON_SIZE * FALLBACK_ICON_SIZE * 4)
    const alphas = [...bitmap].filter((_, i) => i % 4 === 3)
    const inked = alphas.filter((a) => a === 255).length
    expect(inked).toBeGreaterThan(30)
    expect(alphas.filter((a) => a === 0).length).toBeGreaterThan(inked)
  })
})
