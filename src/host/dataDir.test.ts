import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { defaultDataDir } from './dataDir'

describe('defaultDataDir (the same folder as the desktop app)', () => {
  it('follows each platform’s convention', () => {
    expect(defaultDataDir('linux', {}, '/home/ann')).toBe(join('/home/ann', '.config', 'Outbox'))
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/ann')).toBe(
      join('/cfg', 'Outbox'),
    )
    expect(defaultDataDir('darwin', {}, '/Users/ann')).toBe(
      join('/Users/ann', 'Library', 'Application Support', 'Outbox'),
    )
    expect(defaultDataDir('win32', { APPDATA: 'C:\\AppData' }, 'C:\\Users\\ann')).toBe(
      join('C:\\AppData', 'Outbox'),
    )
  })
})
