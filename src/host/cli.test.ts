/** `npm run serve` refuses bad starts with a message that says what to do. */
import Database from 'better-sqlite3'
import { spawnSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { useTempDir } from '@test/support/tempDir'
import { databasePath, openDatabase } from '@engine/db/open'

const tempDir = useTempDir()
const root = join(__dirname, '..', '..')

function serve(...args: string[]) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/host/cli.ts', ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  })
  return { status: result.status, output: result.stdout + result.stderr }
}

describe('the browser host command line', () => {
  it('says to build first when the window has not been built', () => {
    const { status, output } = serve('--data', tempDir(), '--renderer', join(tempDir(), 'none'))
    expect(status).toBe(1)
    expect(output).toContain('run "npm run build" first')
  })

  it('refuses a port that is not a port', () => {
    const { status, output } = serve('--data', tempDir(), '--port', 'http')
    expect(status).toBe(1)
    expect(output).toContain('--port must be a port number')
  })

  it('refuses a database from a newer Outbox and leaves it as it was', () => {
    const dataDir = tempDir()
    const renderer = tempDir()
    writeFileSync(join(renderer, 'index.html'), '<title>x</title>')
    openDatabase(databasePath(dataDir)).close()
    const raw = new Database(databasePath(dataDir))
    raw.pragma('user_version = 999')
    raw.close()
    const { status, output } = serve('--data', dataDir, '--renderer', renderer)
    expect(status).toBe(1)
    expect(output).toContain('written by a newer version of Outbox')
    const after = new Database(databasePath(dataDir))
    expect(after.pragma('user_version', { simple: true })).toBe(999)
    after.close()
  })
})
