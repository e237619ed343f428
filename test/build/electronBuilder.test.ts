/**
 * The installer configuration, checked without running electron-builder (it cannot run here,
 * and it would relabel the Node build of better-sqlite3): targets, what goes into the app,
 * the Electron build of SQLite where the main process looks for it, the fuses, the icons.
 */
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Configuration } from 'electron-builder'
import { electronSqliteBinary as electronNativeBuild } from '../../scripts/desktop/paths'
import { ICONS } from '../../scripts/icons'
import { NATIVE_FILE, sqliteBindingPath } from '@main/native'
import packageJson from '../../package.json'

const root = join(__dirname, '..', '..')
const require = createRequire(import.meta.url)
const config = require('../../electron-builder.config.cjs') as Configuration
// The very matcher electron-builder applies to `files`.
const { minimatch } = createRequire(require.resolve('app-builder-lib/package.json'))(
  'minimatch',
) as typeof import('minimatch')

/** electron-builder's rule: the last pattern that matches a path decides; none: left out. */
function packaged(path: string): boolean {
  let included = false
  for (const pattern of config.files as string[]) {
    const negated = pattern.startsWith('!')
    if (minimatch(path, negated ? pattern.slice(1) : pattern, { dot: true })) included = !negated
  }
  return included
}

type FileSet = { from: string; to: string; filter?: string[] }
const extraResources = () => config.extraResources as FileSet[]

/** Width, height and colour type from a PNG's IHDR chunk. */
function pngHeader(file: string) {
  const bytes = readFileSync(join(root, file))
  expect(bytes.subarray(0, 8).toString('hex'), `${file} is a PNG`).toBe('89504e470d0a1a0a')
  expect(bytes.subarray(12, 16).toString('ascii')).toBe('IHDR')
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20), colorType: bytes[25] }
}

describe('electron-builder.config.cjs', () => {
  it('makes AppImage + deb, NSIS and dmg, for the arch of the building machine', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.win?.target).toEqual(['nsis'])
    expect(config.mac?.target).toEqual(['dmg'])
    // A plain target name builds for the host arch only: the SQLite binary shipped beside the
    // app is built for that arch, so a second arch would get a binary it cannot load.
    expect(packageJson.scripts.dist).toContain('--config electron-builder.config.cjs')
    expect(packageJson.scripts.predist).toBe('tsx scripts/desktop/prepare.ts')
  })

  it('packs the built app in an asar, with no sources, tests or source maps', () => {
    expect(config.asar).toBe(true)
    expect(config.directories).toEqual({ buildResources: 'build', output: 'dist' })
    for (const path of [
      'out/main/index.js',
      'out/preload/index.js',
      'out/renderer/index.html',
      'out/renderer/assets/index-abc123.js',
      'package.json',
    ]) {
      expect(packaged(path), path).toBe(true)
    }
    for (const path of [
      'src/main/index.ts',
      'src/renderer/src/App.tsx',
      'src/main/ipc.test.ts',
      'test/e2e/app.test.ts',
      'scripts/icons.ts',
      'out/main/index.js.map',
      'resources/icon.svg',
      'resources/tray.png', // shipped beside app.asar instead, see below
      'docs/desktop.md',
      'bench/run.ts',
      'node_modules/better-sqlite3/build/Release/better_sqlite3.node',
      'node_modules/better-sqlite3/deps/sqlite3/sqlite3.c',
      'node_modules/better-sqlite3/src/better_sqlite3.cpp',
      'node_modules/.outbox-native/better_sqlite3.node',
    ]) {
      expect(packaged(path), path).toBe(false)
    }
  })

  it('ships the Electron build of SQLite exactly where the main process looks for it', () => {
    expect(config.npmRebuild).toBe(false)
    expect(config.buildDependenciesFromSource).toBeFalsy()
    const resource = extraResources().find((r) => r.to.endsWith(NATIVE_FILE))
    // From: the file scripts/desktop/sqliteForElectron.ts writes and `npm start` loads…
    expect(join(root, resource!.from)).toBe(electronNativeBuild)
    expect(join(root, resource!.from)).toBe(
      sqliteBindingPath({ isPackaged: false, resourcesPath: '', appPath: root }),
    )
    // …to: the file native.ts opens in the installed app (process.resourcesPath/…).
    const resources = join(root, 'dist', 'resources')
    expect(join(resources, resource!.to)).toBe(
      sqliteBindingPath({ isPackaged: true, resourcesPath: resources, appPath: '' }),
    )
    expect(resource!.to.endsWith(NATIVE_FILE)).toBe(true)
    // The binary sits outside app.asar, so nothing needs unpacking from it.
    expect(config.asarUnpack).toBeUndefined()
  })

  it('flips the fuses that close Node-level entry points into the packaged app', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
      onlyLoadAppFromAsar: true,
      enableEmbeddedAsarIntegrityValidation: true,
      resetAdHocDarwinSignature: true,
    })
    // Integrity validation needs the hashes electron-builder embeds for an asar build.
    expect(config.asar).toBe(true)
    expect(config.disableAsarIntegrity).toBeFalsy()
  })

  it('describes the app for each OS’s installer', () => {
    expect(config).toMatchObject({ appId: 'app.outbox.desktop', productName: 'Outbox' })
    expect(config.copyright).toMatch(/^Copyright © \d{4} \S/)
    // deb refuses to build without a maintainer address and a homepage.
    expect(config.linux?.maintainer).toMatch(/^.+ <[^@\s]+@[^@\s]+\.[a-z]+>$/)
    expect(config.extraMetadata?.homepage).toMatch(/^https:\/\//)
    expect(config.linux).toMatchObject({
      category: 'Office',
      executableName: 'outbox',
      synopsis: expect.any(String),
      description: expect.stringContaining('SMTP'),
    })
    expect(config.nsis).toMatchObject({
      oneClick: false,
      perMachine: false,
      allowToChangeInstallationDirectory: true,
      createDesktopShortcut: true,
      createStartMenuShortcut: true,
      deleteAppDataOnUninstall: false,
    })
    expect(config.mac).toMatchObject({
      category: 'public.app-category.productivity',
      hardenedRuntime: true,
    })
  })

  it('ships the window and tray icons beside app.asar, where the tray code looks', () => {
    const [rule] = extraResources().filter((r) => r.from === 'resources')
    expect(rule).toEqual({ from: 'resources', to: '.', filter: ['*.png'] })
    const shipped = ICONS.filter((icon) => icon.out.startsWith('resources/'))
    expect(shipped.map((icon) => icon.out)).toEqual([
      'resources/icon.png',
      'resources/tray.png',
      'resources/trayTemplate.png',
      'resources/trayTemplate@2x.png',
    ])
    // Each lands at <process.resourcesPath>/<its name> (trayTemplate@2x.png beside its 1x).
    for (const { out } of shipped) {
      const name = out.slice('resources/'.length)
      expect(
        rule!.filter!.some((pattern) => minimatch(name, pattern)),
        name,
      ).toBe(true)
    }
  })

  it('points at icons that exist, at the size each use needs', () => {
    expect(config.icon).toBe('build/icon.png')
    expect(pngHeader(config.icon!)).toMatchObject({ width: 1024, height: 1024 })
    const expected = {
      'build/icon.png': 1024,
      'resources/icon.png': 512,
      'resources/tray.png': 32,
      'resources/trayTemplate.png': 16,
      'resources/trayTemplate@2x.png': 32,
    }
    expect(Object.fromEntries(ICONS.map((icon) => [icon.out, icon.size]))).toEqual(expected)
    for (const [file, size] of Object.entries(expected)) {
      // 6: RGBA, so the corners and the template images are really transparent.
      expect(pngHeader(file), file).toEqual({ width: size, height: size, colorType: 6 })
    }
  })
})
