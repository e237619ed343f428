/** The layout's boundaries are enforced by lint; prove the rule bites where it must. */
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

const eslint = new ESLint()
const lint = async (filePath: string, code: string) =>
  (await eslint.lintText(code, { filePath }))[0]!.messages
    .filter((m) => m.ruleId === 'no-restricted-imports')
    .map((m) => m.message)

const importElectron = "import { app } from 'electron'\nexport const a = app\n"
const importNode = "import { readFileSync } from 'node:fs'\nexport const r = readFileSync\n"

describe('import boundaries', () => {
  it('forbid electron in the engine, the contract, the host and the window', async () => {
    for (const file of [
      'src/main/engine/queue.ts',
      'src/shared/contract.ts',
      'src/host/server.ts',
      'src/renderer/src/App.tsx',
    ]) {
      expect(await lint(file, importElectron), file).toEqual([expect.stringContaining('pure')])
    }
  }, 30_000)

  it('forbid Node built-ins in the contract and the window', async () => {
    expect(await lint('src/shared/x.ts', importNode)).toHaveLength(1)
    expect(await lint('src/renderer/src/x.ts', importNode)).toHaveLength(1)
  })

  it('allow electron in the Electron glue and Node in the engine', async () => {
    expect(await lint('src/main/window.ts', importElectron)).toEqual([])
    expect(await lint('src/main/engine/db/x.ts', importNode)).toEqual([])
  })
})
