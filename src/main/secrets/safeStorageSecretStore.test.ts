import { describe, expect, it, vi } from 'vitest'
import { SecretUnavailableError } from '@engine/secrets/secretStore'
import { createSafeStorageSecretStore, type SafeStorageLike } from './safeStorageSecretStore'

/** A stand-in for Electron's safeStorage: reversible, and never the plain bytes. */
function fakeSafeStorage(available = true) {
  const flip = (b: Buffer): Buffer => Buffer.from(b.map((x) => x ^ 0xa5))
  return {
    isEncryptionAvailable: vi.fn(() => available),
    encryptString: vi.fn((plain: string) =>
      Buffer.concat([Buffer.from('enc'), flip(Buffer.from(plain))]),
    ),
    decryptString: vi.fn((encrypted: Buffer) => {
      if (!encrypted.subarray(0, 3).equals(Buffer.from('enc'))) throw new Error('bad')
      return flip(encrypted.subarray(3)).toString('utf8')
    }),
  } satisfies SafeStorageLike
}

describe('createSafeStorageSecretStore', () => {
  it('round-trips a secret through safeStorage', () => {
    const safeStorage = fakeSafeStorage()
    const store = createSafeStorageSecretStore(safeStorage)
    const sealed = store.seal('hunter2 — pässword')
    expect(sealed).toMatch(/^ss1:[A-Za-z0-9+/]+=*$/)
    expect(store.open(sealed)).toBe('hunter2 — pässword')
    expect(safeStorage.encryptString).toHaveBeenCalledWith('hunter2 — pässword')
  })

  it('never puts the plain text in the sealed value', () => {
    const store = createSafeStorageSecretStore(fakeSafeStorage())
    const sealed = store.seal('hunter2')
    expect(sealed).not.toContain('hunter2')
    expect(Buffer.from(sealed.slice(4), 'base64').toString('latin1')).not.toContain('hunter2')
  })

  it('refuses to seal when the keychain is unavailable, with no plain-text fallback', () => {
    const safeStorage = fakeSafeStorage(false)
    const store = createSafeStorageSecretStore(safeStorage)
    expect(() => store.seal('hunter2')).toThrow(SecretUnavailableError)
    expect(() => store.seal('hunter2')).toThrow(/keychain is not available/)
    expect(safeStorage.encryptString).not.toHaveBeenCalled()
  })

  it('refuses to open when the keychain is unavailable or the value is not its own', () => {
    const sealed = createSafeStorageSecretStore(fakeSafeStorage()).seal('hunter2')
    expect(() => createSafeStorageSecretStore(fakeSafeStorage(false)).open(sealed)).toThrow(
      SecretUnavailableError,
    )
    const store = createSafeStorageSecretStore(fakeSafeStorage())
    expect(() => store.open('hunter2')).toThrow(SecretUnavailableError)
    expect(() => store.open('ss1:' + Buffer.from('junk').toString('base64'))).toThrow(
      SecretUnavailableError,
    )
  })
})
