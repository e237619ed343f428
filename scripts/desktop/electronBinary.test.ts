import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import {
  ensureElectronBinary,
  installedElectronBinary,
  installFailureReason,
  readElectronPackage,
  type ElectronPackage,
} from './electronBinary'
import { electronPackageDir } from './paths'
import { SetupRefusal } from './refusal'

const tempDir = useTempDir()

/** An `electron` package folder whose install.js is the script given. */
function fakeElectron(installScript: string): ElectronPackage {
  const dir = tempDir()
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'electron', version: '45.5.0', engines: { node: '>= 22.12.0' } }),
  )
  writeFileSync(join(dir, 'abi_version'), '150')
  writeFileSync(join(dir, 'install.js'), installScript)
  return readElectronPackage(dir)
}

// What Electron's own install.js leaves behind: dist/ with the binary and its version, path.txt.
const INSTALLS = `
const { mkdirSync, writeFileSync } = require('node:fs')
const { join } = require('node:path')
mkdirSync(join(__dirname, 'dist'), { recursive: true })
writeFileSync(join(__dirname, 'dist', 'electron'), '')
writeFileSync(join(__dirname, 'dist', 'version'), 'v45.5.0')
writeFileSync(join(__dirname, 'path.txt'), 'electron')
`
// What it prints offline: @electron/get's error, with its stack.
const FAILS_OFFLINE = `
console.error('RequestError: getaddrinfo ENOTFOUND downloads.invalid\\n    at ClientRequest.<anonymous> (node_modules/got/index.js:1:1)\\n    at process.processTicksAndRejections (node:internal:1:1)')
process.exit(1)
`
const silent = () => {}

describe('Electron’s binary', () => {
  it('reads the pinned package: its version, the Node it needs and its ABI', () => {
    const electron = readElectronPackage(electronPackageDir)
    expect(electron.version).toMatch(/^\d+\.\d+\.\d+$/)
    expect(electron.enginesNode).toMatch(/^>=/)
    expect(electron.abi).toBeGreaterThan(Number(process.versions.modules))
  })

  it('is found only when path.txt names a file in dist/ of this very version', () => {
    const electron = fakeElectron('')
    expect(installedElectronBinary(electron, {})).toBeUndefined()
    mkdirSync(join(electron.dir, 'dist'))
    writeFileSync(join(electron.dir, 'path.txt'), 'electron')
    writeFileSync(join(electron.dir, 'dist', 'electron'), '')
    writeFileSync(join(electron.dir, 'dist', 'version'), 'v44.0.0')
    expect(installedElectronBinary(electron, {})).toBeUndefined()
    writeFileSync(join(electron.dir, 'dist', 'version'), 'v45.5.0')
    expect(installedElectronBinary(electron, {})).toBe(join(electron.dir, 'dist', 'electron'))
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH as Electron’s own index.js does', () => {
    const electron = fakeElectron('')
    const elsewhere = tempDir()
    writeFileSync(join(electron.dir, 'path.txt'), 'electron')
    writeFileSync(join(elsewhere, 'electron'), '')
    expect(installedElectronBinary(electron, { ELECTRON_OVERRIDE_DIST_PATH: elsewhere })).toBe(
      join(elsewhere, 'electron'),
    )
  })

  it('is fetched by running the package’s own install.js when missing', () => {
    const electron = fakeElectron(INSTALLS)
    const said: string[] = []
    const binary = ensureElectronBinary(electron, { env: {}, say: (line) => said.push(line) })
    expect(binary).toBe(join(electron.dir, 'dist', 'electron'))
    expect(said.join('\n')).toMatch(/^Downloading Electron 45\.5\.0 for \w+-\w+/)
    expect(readFileSync(join(electron.dir, 'path.txt'), 'utf8')).toBe('electron')
  })

  it('is not fetched again once installed', () => {
    const electron = fakeElectron(INSTALLS)
    ensureElectronBinary(electron, { env: {}, say: silent })
    writeFileSync(join(electron.dir, 'install.js'), 'process.exit(3)')
    expect(ensureElectronBinary(electron, { env: {}, say: silent })).toBe(
      join(electron.dir, 'dist', 'electron'),
    )
  })

  it('that cannot be downloaded ends in one sentence with the reason, not a stack trace', () => {
    const electron = fakeElectron(FAILS_OFFLINE)
    let refusal: unknown
    try {
      ensureElectronBinary(electron, { env: {}, say: silent })
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(SetupRefusal)
    const message = (refusal as Error).message
    expect(message).toContain('Electron 45.5.0 could not be downloaded')
    expect(message).toContain('getaddrinfo ENOTFOUND downloads.invalid')
    expect(message).toContain('internet connection')
    expect(message).not.toMatch(/\n|\bat ClientRequest/)
  })

  it('that the installer claims but does not leave behind is still refused', () => {
    const electron = fakeElectron('process.exit(0)')
    expect(() => ensureElectronBinary(electron, { env: {}, say: silent })).toThrow(SetupRefusal)
  })
})

describe('installFailureReason', () => {
  it('picks the error line over stack frames and notes', () => {
    expect(
      installFailureReason(
        'Downloading…\nError: connect ETIMEDOUT downloads.invalid:443\n    at TCPConnectWrap.afterConnect\n',
      ),
    ).toBe('Error: connect ETIMEDOUT downloads.invalid:443')
    expect(installFailureReason('')).toBe('the installer gave no reason')
    expect(installFailureReason(`Error: ${'x'.repeat(400)}`).length).toBe(200)
  })
})
