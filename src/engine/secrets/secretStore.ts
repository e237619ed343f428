/**
 * The port through which the engine keeps SMTP passwords: only sealed values go to the database,
 * and only the engine opens them (the window never sees a password). Each host brings its own
 * implementation: Electron safeStorage on the desktop, a key file for the browser host.
 */
export interface SecretStore {
  /** Encrypts a secret into an opaque string that is safe to keep in the database. */
  seal(plain: string): string
  /**
   * Reverses seal(); throws SecretUnavailableError with a clear message when it cannot (wrong
   * key, corrupted, OS keychain locked).
   */
  open(sealed: string): string
}

export class SecretUnavailableError extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options)
    this.name = 'SecretUnavailableError'
  }
}
