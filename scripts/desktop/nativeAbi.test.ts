import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { abisOfNativeModule, isBuiltForAbi, requireAbi } from './nativeAbi'
import { SetupRefusal } from './refusal'

// The Node build `npm install` made: a real addon, built for this Node's ABI.
const nodeBuild = join(
  dirname(createRequire(__filename).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
)
const nodeAbi = Number(process.versions.modules)
const ELECTRON_45_ABI = 150

describe('the ABI a native module was built for', () => {
  it('is read from the real Node build of better-sqlite3 without loading it', () => {
    expect(abisOfNativeModule(readFileSync(nodeBuild))).toEqual([nodeAbi])
    expect(isBuiltForAbi(nodeBuild, nodeAbi)).toBe(true)
    expect(isBuiltForAbi(nodeBuild, ELECTRON_45_ABI)).toBe(false)
  })

  it('refuses a Node-ABI build offered as Electron’s, naming both numbers and the likely cause', () => {
    let refusal: unknown
    try {
      requireAbi(nodeBuild, ELECTRON_45_ABI, 'Electron 45.5.0')
    } catch (error) {
      refusal = error
    }
    expect(refusal).toBeInstanceOf(SetupRefusal)
    expect((refusal as Error).message).toContain(`for ABI ${nodeAbi}`)
    expect((refusal as Error).message).toContain('Electron 45.5.0 needs ABI 150')
    expect((refusal as Error).message).toContain('nodedir')
  })

  it('refuses a file that names no ABI at all, and one that names two', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-abi-'))
    const none = join(dir, 'none.node')
    const two = join(dir, 'two.node')
    writeFileSync(none, Buffer.from('\x7fELF not an addon'))
    writeFileSync(two, Buffer.from('_node_register_module_v150\0node_register_module_v115\0'))
    expect(() => requireAbi(none, 150, 'Electron')).toThrow(/no Node ABI/)
    expect(abisOfNativeModule(readFileSync(two))).toEqual([150, 115])
    expect(() => requireAbi(two, 150, 'Electron')).toThrow(SetupRefusal)
  })

  it('accepts a build for exactly the ABI asked for (Mach-O symbols carry an underscore)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-abi-'))
    const macho = join(dir, 'macho.node')
    writeFileSync(macho, Buffer.from('\xcf\xfa\xed\xfe..._node_register_module_v150\0'))
    expect(() => requireAbi(macho, 150, 'Electron')).not.toThrow()
  })
})
