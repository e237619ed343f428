/**
 * The data folder holds every recipient, every letter and the sealed passwords: on Linux and
 * macOS it is the user's alone (folder 700, files 600), whatever the umask, as `secret.key`
 * always was. On Windows modes mean nothing; the per-user profile folder's ACL applies.
 */
import { chmodSync, closeSync, existsSync, mkdirSync, openSync, statSync } from 'node:fs'

const POSIX = process.platform !== 'win32'

function tighten(path: string, mode: number): void {
  if (POSIX && (statSync(path).mode & 0o077) !== 0) chmodSync(path, mode)
}

/** Creates the folder as 700, or makes the existing one 700 (as an earlier version left it). */
export function ensurePrivateFolder(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 })
  tighten(dir, 0o700)
}

/**
 * Creates the file empty as 600, or makes an existing one 600. SQLite gives the WAL and the
 * shared-memory file the database file's own mode, so making the database private first keeps
 * them private too.
 */
export function ensurePrivateFile(path: string): void {
  if (existsSync(path)) tighten(path, 0o600)
  else closeSync(openSync(path, 'a', 0o600))
}

/** Makes an existing file 600; a missing one stays missing. */
export function tightenIfPresent(path: string): void {
  if (existsSync(path)) tighten(path, 0o600)
}
