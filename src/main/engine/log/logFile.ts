/**
 * A plain text log in the data folder, for the user (or support) to read after the fact.
 * Lines are written synchronously so that a crash right after a send still leaves its line,
 * and write() never throws: a full disk must not stop the sender.
 */
import { closeSync, fstatSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs'
import { join } from 'node:path'

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
      mkdirSync(dir, { recursive: true })
      fd = openSync(path, 'a')
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
        const text = `${new Date(now()).toISOString()} ${escapeLineBreaks(line)}\n`
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

/** One call, one line: CR and LF become the two characters `\r` and `\n`. */
export function escapeLineBreaks(line: string): string {
  return line.replace(/\r/g, '\\r').replace(/\n/g, '\\n')
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
