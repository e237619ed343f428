import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach } from 'vitest'

/** A fresh temporary folder, removed after each test (or after the file, for beforeAll use). */
export function useTempDir(scope: 'each' | 'all' = 'each'): () => string {
  const made: string[] = []
  ;(scope === 'each' ? afterEach : afterAll)(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  return () => {
    const dir = mkdtempSync(join(tmpdir(), 'outbox-test-'))
    made.push(dir)
    return dir
  }
}
