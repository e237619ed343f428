import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { createFileKeySecretStore } from './fileKeySecretStore'
import { SecretUnavailableError } from './secretStore'

const tempDir = useTempDir()
const posix = process.platform !== 'win32'

describe('createFileKeySecretStore', () => {
  it('round-trips a secret without the plain text in the sealed value', () => {
    const store = createFileKeySecretStore(tempDir())
    const plain = 'hunter2 — pässword'
    const sealed = store.seal(plain)
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/)
    expect(sealed).not.toContain(plain)
    expect(sealed).not.toContain('hunter2')
    expect(store.open(sealed)).toBe(plain)
    expect(store.open(store.seal(''))).toBe('')
  })

  it('seals the same text differently each time', () => {
    const store = createFileKeySecretStore(tempDir())
    const a = store.seal('same')
    const b = store.seal('same')
    expect(a).not.toBe(b)
    expect(store.open(a)).toBe('same')
    expect(store.open(b)).toBe('same')
  })

  it('reuses the key file: a second store on the same folder opens what the first sealed', () => {
    const dir = tempDir()
    const sealed = createFileKeySecretStore(dir).seal('secret')
    const key = readFileSync(join(dir, 'secret.key'))
    expect(key).toHaveLength(32)
    expect(createFileKeySecretStore(dir).open(sealed)).toBe('secret')
    expect(readFileSync(join(dir, 'secret.key'))).toEqual(key)
  })

  it.runIf(posix)('creates the key file readable by its owner only', () => {
    const dir = tempDir()
    createFileKeySecretStore(dir).seal('x')
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600)
  })

  it.runIf(posix)('tightens a key file that group or others can read', () => {
    const dir = tempDir()
    const sealed = createFileKeySecretStore(dir).seal('x')
    chmodSync(join(dir, 'secret.key'), 0o644)
    expect(createFileKeySecretStore(dir).open(sealed)).toBe('x')
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600)
  })

  it('refuses a tampered sealed value', () => {
    const store = createFileKeySecretStore(tempDir())
    const sealed = store.seal('secret')
    const i = 10 // inside the IV/tag/ciphertext, not the trailing padding bits
    const tampered = sealed.slice(0, i) + (sealed[i] === 'A' ? 'B' : 'A') + sealed.slice(i + 1)
    expect(() => store.open(tampered)).toThrow(SecretUnavailableError)
    expect(() => store.open(sealed.slice(0, 20))).toThrow(SecretUnavailableError)
    expect(() => store.open('secret')).toThrow(SecretUnavailableError)
    expect(() => store.open('v1:not base64!')).toThrow(SecretUnavailableError)
  })

  it('cannot open what another key sealed', () => {
    const sealed = createFileKeySecretStore(tempDir()).seal('secret')
    const other = createFileKeySecretStore(tempDir())
    expect(() => other.open(sealed)).toThrow(SecretUnavailableError)
    expect(() => other.open(sealed)).toThrow(/another key/)
  })

  it('refuses a key file of the wrong length and leaves it alone', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'secret.key'), 'short', { mode: 0o600 })
    const store = createFileKeySecretStore(dir)
    expect(() => store.seal('x')).toThrow(SecretUnavailableError)
    expect(() => store.seal('x')).toThrow(/5 bytes long instead of 32/)
    expect(readFileSync(join(dir, 'secret.key'), 'utf8')).toBe('short')
  })
})
