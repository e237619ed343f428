/**
 * A plain text log in the data folder, for the user (or support) to read after the fact.
 * Lines are written synchronously so that a crash right after a send still leaves its line,
 * and write() never throws: a full disk must not stop the sender.
 */
import { closeSync, fstatSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { ensurePrivateFolder, tightenIfPresent } from '../privateFiles'

export interface LogFile {
  /** Appends `<ISO time> <line>`; never throws (see lastError()). */
  write(line: string): void
  readonly path: string
  close(): void
  /** The last error met while writing or rotating, or null if none yet. */
  lastError(): Error | null
}

export interface LogFileOptions {
  dir: string
  /** Default 'outbox.log'. */
  name?: string
  /** Default 5 MiB. */
  maxBytes?: number
  /** Rotated files kept (outbox.log.1 … .keep). Default 3. */
  keep?: number
  now?: () => number
}

export function createLogFile(opts: LogFileOptions): LogFile {
  const { dir, name = 'outbox.log', maxBytes = 5 * 1024 * 1024, keep = 3, now = Date.now } = opts
  const path = join(dir, name)
  let fd: number | null = null
  let size = 0
  let error: Error | null = null

  // Opened lazily (and again after a failure), so creating the log never throws either.
  const ensureOpen = (): number => {
    if (fd === null) {
      ensurePrivateFolder(dir)
      fd = openSync(path, 'a', 0o600)
      tightenIfPresent(path) // a log an earlier version wrote with the umask's mode
      size = fstatSync(fd).size
    }
    return fd
  }
  const closeFd = (): void => {
    if (fd === null) return
    const open = fd
    fd = null
    try {
      closeSync(open)
    } catch (e) {
      error = toError(e)
    }
  }

  const rotate = (): void => {
    closeFd()
    const rotated = (n: number): string => `${path}.${n}`
    rmSync(keep > 0 ? rotated(keep) : path, { force: true })
    for (let n = keep - 1; n >= 1; n--) renameIfExists(rotated(n), rotated(n + 1))
    if (keep > 0) renameSync(path, rotated(1))
  }

  return {
    path,
    write(line) {
      try {
        const text = `${new Date(now()).toISOString()} ${escapeControls(line)}\n`
        const bytes = Buffer.from(text, 'utf8')
        ensureOpen()
        // A line longer than maxBytes still gets written, alone in a fresh file.
        if (size > 0 && size + bytes.length > maxBytes) {
          try {
            rotate()
          } catch (e) {
            error = toError(e) // keep the line anyway, in the oversized file
          }
        }
        const target = ensureOpen()
        let written = 0
        while (written < bytes.length) {
          written += writeSync(target, bytes, written, bytes.length - written)
        }
        size += bytes.length
      } catch (e) {
        error = toError(e)
        closeFd() // reopen (and re-measure) on the next write
      }
    },
    close: closeFd,
    lastError: () => error,
  }
}

/**
 * Characters a log line must not carry raw: C0 and C1 controls (line breaks, NUL, the ESC of a
 * terminal sequence, the CSI of C1), DEL, Unicode line separators and the bidi controls that
 * can make a line read in another order than it was written.
 */
const UNSAFE = /[\p{Cc}\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu

const escapeChar = (c: string): string =>
  c === '\r' ? '\\r' : c === '\n' ? '\\n' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

/** One call, one line of plain text: every unsafe character is written as its escape. */
export function escapeControls(line: string): string {
  return line.replace(UNSAFE, escapeChar)
}

/** A value as one double-quoted token: quotes and backslashes escaped, then every unsafe character. */
export function quoteLogValue(value: string): string {
  return `"${value.replace(/[\\"]/g, (c) => `\\${c}`).replace(UNSAFE, escapeChar)}"`
}

function renameIfExists(from: string, to: string): void {
  try {
    renameSync(from, to)
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
  }
}

function toError(e: unknown): Error {
  return e instanceof Error ? e : new Error(String(e))
}
