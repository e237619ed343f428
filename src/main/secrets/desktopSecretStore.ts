/**
 * The desktop app's SecretStore: the OS keychain through safeStorage — except on a Linux
 * desktop with no keyring service (i3, Sway, Xfce or KDE without a wallet…), where Chromium
 * falls back to its `basic_text` backend, whose key is one constant shared by every machine:
 * that is plain text in all but name (docs/architecture.md, "Security checklist"). There,
 * passwords are sealed with the random per-install key file instead (0600 beside the
 * database). Each sealed value says which store made it, so either opens later, whichever the
 * system offers by then.
 */
import type { SecretStore } from '@engine/secrets/secretStore'
import { createSafeStorageSecretStore, type SafeStorageLike } from './safeStorageSecretStore'

export type LinuxAwareSafeStorage = SafeStorageLike & {
  getSelectedStorageBackend?(): string
}

/** Whether safeStorage would really encrypt: not Linux's constant-key fallback. */
export function keychainIsReal(safeStorage: LinuxAwareSafeStorage, platform: string): boolean {
  if (platform !== 'linux') return true // Keychain and DPAPI have no such fallback
  if (!safeStorage.isEncryptionAvailable()) return false
  return safeStorage.getSelectedStorageBackend?.() !== 'basic_text'
}

export function createDesktopSecretStore(
  safeStorage: LinuxAwareSafeStorage,
  platform: string,
  keyFileStore: () => SecretStore,
): SecretStore {
  const keychain = createSafeStorageSecretStore(safeStorage)
  let keyFile: SecretStore | null = null
  const fileStore = () => (keyFile ??= keyFileStore())
  return {
    seal: (plain) =>
      keychainIsReal(safeStorage, platform) ? keychain.seal(plain) : fileStore().seal(plain),
    // Values carry their store's prefix: the key file's "v1:", safeStorage's "ss1:".
    open: (sealed) => (sealed.startsWith('v1:') ? fileStore() : keychain).open(sealed),
  }
}
