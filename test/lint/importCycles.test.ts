/**
 * No import circle anywhere (a module that, through others, imports itself starts half-built
 * and makes the order of files matter). madge walks every import, type-only ones included.
 */
import madge from 'madge'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'

const root = join(__dirname, '..', '..')
const { compilerOptions } = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8'))

describe('imports', () => {
  it('form no circle', async () => {
    const graph = await madge(
      ['src', 'test', 'scripts', 'bench'].map((dir) => join(root, dir)),
      {
        fileExtensions: ['ts', 'tsx', 'mts'],
        // Aliases resolve as TypeScript resolves them.
        tsConfig: { compilerOptions: { ...compilerOptions, baseUrl: root } },
        detectiveOptions: { ts: { skipTypeImports: false }, tsx: { skipTypeImports: false } },
      },
    )
    expect(Object.keys(graph.obj()).length).toBeGreaterThan(300) // it really walked the code
    expect(graph.circular().map((cycle) => cycle.join(' → '))).toEqual([])
  }, 60_000)
})
