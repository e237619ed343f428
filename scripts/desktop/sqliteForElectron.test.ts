import { copyFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { readElectronPackage } from './electronBinary'
import { electronPackageDir } from './paths'
import { headerOverrides, isUpToDate, wantedStamp } from './sqliteForElectron'

const tempDir = useTempDir()
const nodeBuild = join(
  dirname(createRequire(__filename).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
)

describe('SQLite for Electron', () => {
  it('never builds against headers npm was told to use instead of Electron’s', () => {
    expect(
      headerOverrides({ npm_config_nodedir: '/usr', NPM_CONFIG_NODEDIR: '/usr', PATH: '/bin' }),
    ).toEqual(['npm_config_nodedir', 'NPM_CONFIG_NODEDIR'])
    expect(headerOverrides({ npm_config_arch: 'x64' })).toEqual([])
  })

  it('is rebuilt when the stamped file is a Node-ABI build (as an earlier script left it)', () => {
    const electron = readElectronPackage(electronPackageDir)
    const wanted = wantedStamp(electron, {})
    const dir = tempDir()
    const files = { binary: join(dir, 'better_sqlite3.node'), stamp: join(dir, 'stamp.json') }
    expect(isUpToDate(wanted, electron.abi, files)).toBe(false)
    copyFileSync(nodeBuild, files.binary)
    writeFileSync(files.stamp, JSON.stringify(wanted))
    // The stamp matches, but the file was built for Node: not up to date.
    expect(isUpToDate(wanted, electron.abi, files)).toBe(false)
    // The same file is right for the ABI it was built for.
    expect(isUpToDate(wanted, Number(process.versions.modules), files)).toBe(true)
    writeFileSync(files.stamp, JSON.stringify({ ...wanted, electron: '44.0.0' }))
    expect(isUpToDate(wanted, Number(process.versions.modules), files)).toBe(false)
  })
})
