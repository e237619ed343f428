/**
 * SecretStore for the desktop app: Electron safeStorage, which encrypts with the OS keychain
 * (Keychain, DPAPI, libsecret/kwallet). Type-only import, so tests need no Electron binary.
 */
import type { SafeStorage } from 'electron'
import { SecretUnavailableError, type SecretStore } from '@engine/secrets/secretStore'

const PREFIX = 'ss1:'
const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/

export type SafeStorageLike = Pick<
  SafeStorage,
  'isEncryptionAvailable' | 'encryptString' | 'decryptString'
>

export function createSafeStorageSecretStore(safeStorage: SafeStorageLike): SecretStore {
  const requireKeychain = (action: string): void => {
    // Refuse rather than fall back to plain text: a password must never be stored unencrypted.
    if (!safeStorage.isEncryptionAvailable()) {
      throw new SecretUnavailableError(
        `Cannot ${action} the password: the operating system's keychain is not available ` +
          '(locked, or no keyring service is running). Unlock it or start it, then try again.',
      )
    }
  }

  return {
    seal(plain) {
      requireKeychain('save')
      return PREFIX + safeStorage.encryptString(plain).toString('base64')
    },
    open(sealed) {
      const encoded = sealed.startsWith(PREFIX) ? sealed.slice(PREFIX.length) : null
      if (encoded === null || !BASE64.test(encoded)) {
        throw new SecretUnavailableError('A saved password is not in a format Outbox can read.')
      }
      requireKeychain('read')
      try {
        return safeStorage.decryptString(Buffer.from(encoded, 'base64'))
      } catch (cause) {
        throw new SecretUnavailableError(
          'A saved password cannot be decrypted by the keychain: it was saved by another user, ' +
            'another computer, or has been altered. Enter the password again.',
          { cause },
        )
      }
    },
  }
}
