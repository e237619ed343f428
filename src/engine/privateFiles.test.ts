/**
 * Other users of the computer cannot read the data folder: the database, its WAL and
 * shared-memory files, the log and the key are 600 in a 700 folder, whatever the umask.
 */
import { chmodSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useCleanups } from '@test/support/cleanups'
import { addAccount, closeAfterTest, openEngine } from '@test/support/engineHarness'
import { useTempDir } from '@test/support/tempDir'
import { createLogFile } from './log/logFile'

const tempDir = useTempDir()
const cleanup = useCleanups()
const modeOf = (path: string) => statSync(path).mode & 0o777

// The usual umask, under which plain files would come out 644 and folders 755.
let umask: number
beforeEach(() => {
  umask = process.umask(0o022)
})
afterEach(() => {
  process.umask(umask)
})

describe.runIf(process.platform !== 'win32')('the data folder is private', () => {
  it('is created 700 with every file in it 600', async () => {
    const dataDir = join(tempDir(), 'Outbox')
    const logFile = createLogFile({ dir: dataDir })
    cleanup(() => logFile.close())
    const h = closeAfterTest(cleanup, openEngine(dataDir, { logFile }))
    // A write: the WAL and the shared-memory file exist; an account: the key exists.
    await h.call('suppressions.add', { emails: ['a@example.com'] })
    await addAccount(h, 2525, { user: 'u', pass: 'p' })
    logFile.write('a line')

    expect(modeOf(dataDir)).toBe(0o700)
    const files = readdirSync(dataDir)
    expect(files).toEqual(
      expect.arrayContaining([
        'outbox.sqlite',
        'outbox.sqlite-wal',
        'outbox.sqlite-shm',
        'outbox.log',
      ]),
    )
    for (const name of files) expect([name, modeOf(join(dataDir, name))]).toEqual([name, 0o600])
  })

  it('makes a folder an earlier version left readable private again', () => {
    const dataDir = join(tempDir(), 'Outbox')
    mkdirSync(dataDir)
    chmodSync(dataDir, 0o755)
    for (const name of ['outbox.sqlite-wal', 'outbox.log']) {
      writeFileSync(join(dataDir, name), '')
      chmodSync(join(dataDir, name), 0o644)
    }
    const logFile = createLogFile({ dir: dataDir })
    cleanup(() => logFile.close())
    closeAfterTest(cleanup, openEngine(dataDir, { logFile }))
    logFile.write('a line')
    expect(modeOf(dataDir)).toBe(0o700)
    for (const name of ['outbox.sqlite', 'outbox.sqlite-wal', 'outbox.log'])
      expect([name, modeOf(join(dataDir, name))]).toEqual([name, 0o600])
  })
})
