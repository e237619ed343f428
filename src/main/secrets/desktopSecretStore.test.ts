/** Passwords on the desktop: the OS keychain, or the key file where Linux has only basic_text. */
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createFileKeySecretStore } from '@engine/secrets/fileKeySecretStore'
import { createDesktopSecretStore, keychainIsReal } from './desktopSecretStore'

function fakeSafeStorage(backend: string, available = true) {
  const flip = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ 0xa5))
  return {
    isEncryptionAvailable: vi.fn(() => available),
    getSelectedStorageBackend: vi.fn(() => backend),
    encryptString: vi.fn((plain: string) => flip(Buffer.from(plain))),
    decryptString: vi.fn((encrypted: Buffer) => flip(encrypted).toString('utf8')),
  }
}

const keyFile = () => {
  const dir = mkdtempSync(join(tmpdir(), 'outbox-secrets-'))
  return { dir, make: () => createFileKeySecretStore(dir) }
}

describe('the desktop secret store', () => {
  it('uses the keychain on macOS and Windows, and on Linux with a keyring service', () => {
    for (const [platform, backend] of [
      ['darwin', 'unknown'],
      ['win32', 'unknown'],
      ['linux', 'gnome_libsecret'],
      ['linux', 'kwallet6'],
    ]) {
      const safeStorage = fakeSafeStorage(backend!)
      const store = createDesktopSecretStore(safeStorage, platform!, () => {
        throw new Error('the key file is not for this system')
      })
      const sealed = store.seal('hunter2')
      expect(sealed.startsWith('ss1:')).toBe(true)
      expect(store.open(sealed)).toBe('hunter2')
    }
  })

  it('never seals with Linux’s constant-key basic_text: the per-install key file instead', () => {
    const safeStorage = fakeSafeStorage('basic_text')
    const files = keyFile()
    const store = createDesktopSecretStore(safeStorage, 'linux', files.make)
    const sealed = store.seal('hunter2')
    expect(sealed.startsWith('v1:')).toBe(true)
    expect(safeStorage.encryptString).not.toHaveBeenCalled()
    expect(store.open(sealed)).toBe('hunter2')
    expect(readFileSync(join(files.dir, 'secret.key')).length).toBeGreaterThan(0)
  })

  it('opens what either store sealed, after a keyring appears or goes', () => {
    const files = keyFile()
    const before = createDesktopSecretStore(fakeSafeStorage('basic_text'), 'linux', files.make)
    const fromKeyFile = before.seal('old password')
    const after = createDesktopSecretStore(fakeSafeStorage('gnome_libsecret'), 'linux', files.make)
    const fromKeychain = after.seal('new password')
    expect(after.open(fromKeyFile)).toBe('old password')
    expect(after.open(fromKeychain)).toBe('new password')
  })

  it('says whether the keychain really encrypts', () => {
    expect(keychainIsReal(fakeSafeStorage('basic_text'), 'linux')).toBe(false)
    expect(keychainIsReal(fakeSafeStorage('gnome_libsecret', false), 'linux')).toBe(false)
    expect(keychainIsReal(fakeSafeStorage('kwallet5'), 'linux')).toBe(true)
    expect(keychainIsReal(fakeSafeStorage('unknown'), 'darwin')).toBe(true)
  })
})
