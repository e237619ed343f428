import { existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { createLogFile, quoteLogValue } from './logFile'

const tempDir = useTempDir()
const T0 = Date.parse('2025-03-01T12:00:00.000Z')

describe('createLogFile', () => {
  it('appends one line per write with the time from now()', () => {
    const dir = tempDir()
    let t = T0
    const log = createLogFile({ dir, now: () => t })
    log.write('first')
    t += 1500
    log.write('second')
    log.close()
    expect(log.path).toBe(join(dir, 'outbox.log'))
    expect(readFileSync(log.path, 'utf8')).toBe(
      '2025-03-01T12:00:00.000Z first\n2025-03-01T12:00:01.500Z second\n',
    )
    expect(log.lastError()).toBeNull()
  })

  it('appends to an existing file', () => {
    const dir = tempDir()
    writeFileSync(join(dir, 'outbox.log'), 'old\n')
    const log = createLogFile({ dir, now: () => T0 })
    log.write('new')
    log.close()
    expect(readFileSync(log.path, 'utf8')).toBe('old\n2025-03-01T12:00:00.000Z new\n')
  })

  it('keeps a line with CR/LF on one line', () => {
    const dir = tempDir()
    const log = createLogFile({ dir, now: () => T0 })
    log.write('subject: hi\r\nBcc: evil@example.com\nend')
    log.close()
    expect(readFileSync(log.path, 'utf8')).toBe(
      '2025-03-01T12:00:00.000Z subject: hi\\r\\nBcc: evil@example.com\\nend\n',
    )
  })

  it('writes NUL, terminal escapes, DEL, C1 controls and bidi overrides as escapes', () => {
    const dir = tempDir()
    const log = createLogFile({ dir, now: () => T0 })
    log.write('a\u0000b \u001b[31mred\u001b[0m \u007f \u009b2J \u202egnp.exe')
    log.close()
    const text = readFileSync(log.path, 'utf8')
    expect(text).toBe(
      '2025-03-01T12:00:00.000Z a\\u0000b \\u001b[31mred\\u001b[0m \\u007f \\u009b2J \\u202egnp.exe\n',
    )
    // Plain text: nothing below a space but the line's own LF.
    expect(text.slice(0, -1)).not.toMatch(/\p{Cc}/u)
  })

  it('quotes a value so that nothing inside it reads as another field', () => {
    expect(quoteLogValue('250 OK" recipient="forged@example.test')).toBe(
      '"250 OK\\" recipient=\\"forged@example.test"',
    )
    expect(quoteLogValue('back\\slash\r\nnext')).toBe('"back\\\\slash\\r\\nnext"')
  })

  it('rotates at the size limit, keeping exactly `keep` old files', () => {
    const dir = tempDir()
    // Each line is 24 (time) + 1 + 5 + 1 = 31 bytes; two fit in 70 bytes, a third does not.
    const log = createLogFile({ dir, name: 'app.log', maxBytes: 70, keep: 2, now: () => T0 })
    for (let i = 0; i < 10; i++) log.write(`line${i}`)
    log.close()
    expect(readdirSync(dir).sort()).toEqual(['app.log', 'app.log.1', 'app.log.2'])
    const read = (name: string): string[] =>
      readFileSync(join(dir, name), 'utf8')
        .trimEnd()
        .split('\n')
        .map((l) => l.slice(25))
    expect(read('app.log')).toEqual(['line8', 'line9'])
    expect(read('app.log.1')).toEqual(['line6', 'line7'])
    expect(read('app.log.2')).toEqual(['line4', 'line5'])
    for (const name of readdirSync(dir)) {
      expect(readFileSync(join(dir, name)).length).toBeLessThanOrEqual(70)
    }
  })

  it('writes a line longer than the limit alone in a fresh file', () => {
    const dir = tempDir()
    const log = createLogFile({ dir, maxBytes: 40, keep: 1, now: () => T0 })
    log.write('a')
    log.write('x'.repeat(100))
    log.close()
    expect(readFileSync(join(dir, 'outbox.log.1'), 'utf8')).toBe('2025-03-01T12:00:00.000Z a\n')
    expect(readFileSync(log.path, 'utf8')).toBe(`2025-03-01T12:00:00.000Z ${'x'.repeat(100)}\n`)
    expect(existsSync(join(dir, 'outbox.log.2'))).toBe(false)
  })

  it('does not throw when it cannot write, and reports the error', () => {
    // A regular file where the folder should be: fails even for root.
    const notADir = join(tempDir(), 'file')
    writeFileSync(notADir, '')
    const log = createLogFile({ dir: notADir, now: () => T0 })
    expect(() => log.write('lost')).not.toThrow()
    expect(log.lastError()).toBeInstanceOf(Error)
    expect(() => log.write('lost again')).not.toThrow()
    expect(() => log.close()).not.toThrow()
  })

  it('carries on once the location becomes writable again', () => {
    const dir = join(tempDir(), 'logs')
    writeFileSync(dir, '')
    const log = createLogFile({ dir, now: () => T0 })
    log.write('lost')
    expect(log.lastError()).not.toBeNull()
    // Replace the blocking file by a folder: the next write reopens the log.
    rmSync(dir)
    log.write('kept')
    log.close()
    expect(readFileSync(join(dir, 'outbox.log'), 'utf8')).toBe('2025-03-01T12:00:00.000Z kept\n')
  })
})
