/**
 * SecretStore for the browser host, which has no OS keychain: AES-256-GCM with a random key kept
 * in `secret.key` beside the database, readable by its owner only. It keeps passwords out of the
 * database file (and its backups), not away from someone who can read the whole data folder.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto'
import {
  chmodSync,
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs'
import { join } from 'node:path'
import { ensurePrivateFolder } from '../privateFiles'
import { SecretUnavailableError, type SecretStore } from './secretStore'

const PREFIX = 'v1:'
const KEY_BYTES = 32
const IV_BYTES = 12
const TAG_BYTES = 16
const BASE64URL = /^[A-Za-z0-9_-]*$/

export function createFileKeySecretStore(dataDir: string): SecretStore {
  const keyPath = join(dataDir, 'secret.key')
  let key: Buffer | null = null
  // Loaded on first use, so a host that never touches a password never creates the file.
  const getKey = (): Buffer => (key ??= loadOrCreateKey(dataDir, keyPath))

  return {
    seal(plain) {
      const iv = randomBytes(IV_BYTES)
      const cipher = createCipheriv('aes-256-gcm', getKey(), iv)
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
      return PREFIX + Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')
    },
    open(sealed) {
      const encoded = sealed.startsWith(PREFIX) ? sealed.slice(PREFIX.length) : null
      if (encoded === null || !BASE64URL.test(encoded)) {
        throw new SecretUnavailableError('A saved password is not in a format Outbox can read.')
      }
      const raw = Buffer.from(encoded, 'base64url')
      if (raw.length < IV_BYTES + TAG_BYTES) {
        throw new SecretUnavailableError('A saved password is truncated.')
      }
      const k = getKey()
      try {
        const decipher = createDecipheriv('aes-256-gcm', k, raw.subarray(0, IV_BYTES))
        decipher.setAuthTag(raw.subarray(IV_BYTES, IV_BYTES + TAG_BYTES))
        const body = raw.subarray(IV_BYTES + TAG_BYTES)
        return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8')
      } catch (cause) {
        throw new SecretUnavailableError(
          `A saved password cannot be decrypted with ${keyPath}: it was sealed with another key ` +
            'or has been altered. Enter the password again.',
          { cause },
        )
      }
    },
  }
}

function loadOrCreateKey(dataDir: string, keyPath: string): Buffer {
  try {
    return readKey(keyPath) ?? createKey(dataDir, keyPath)
  } catch (cause) {
    if (cause instanceof SecretUnavailableError) throw cause
    throw new SecretUnavailableError(`Cannot read or create the key file ${keyPath}.`, { cause })
  }
}

/** The existing key, or null when there is none yet. */
function readKey(keyPath: string): Buffer | null {
  let key: Buffer
  try {
    key = readFileSync(keyPath)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
  if (key.length !== KEY_BYTES) {
    // Never replace it: that would make every saved password unreadable for good.
    throw new SecretUnavailableError(
      `The key file ${keyPath} is ${key.length} bytes long instead of ${KEY_BYTES}: it is ` +
        'damaged or not an Outbox key. Restore it from a backup, or move it away and enter ' +
        'the passwords again.',
    )
  }
  tightenMode(keyPath)
  return key
}

/**
 * Writes a complete key to a private temp file, then links it into place: the key file never
 * exists half written, and if another process made one first, both use that one.
 */
function createKey(dataDir: string, keyPath: string): Buffer {
  ensurePrivateFolder(dataDir)
  const key = randomBytes(KEY_BYTES)
  const tmp = `${keyPath}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`
  const fd = openSync(tmp, 'wx', 0o600)
  try {
    writeSync(fd, key)
    fsyncSync(fd)
  } finally {
    closeSync(fd)
  }
  try {
    linkSync(tmp, keyPath)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'EEXIST') {
      const theirs = readKey(keyPath)
      if (theirs) return theirs
    }
    // Some filesystems have no hard links: fall back to a rename, still atomic.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw error
    renameSync(tmp, keyPath)
  } finally {
    rmSync(tmp, { force: true })
  }
  return key
}

/** A key readable by group or others (copied, restored from a backup) is made private again. */
function tightenMode(keyPath: string): void {
  if (process.platform === 'win32') return // modes mean nothing there; the folder's ACL applies
  if ((statSync(keyPath).mode & 0o077) !== 0) chmodSync(keyPath, 0o600)
}
