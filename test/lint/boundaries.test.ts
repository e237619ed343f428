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

const importFrom = (specifier: string) => `import { x } from '${specifier}'\nexport const y = x\n`

describe('import boundaries', () => {
  it('forbid electron in the engine, the contract, the host and the window', async () => {
    for (const file of [
      'src/engine/queue.ts',
      'src/shared/contract/campaigns.ts',
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

  it('keep the desktop shell pure outside the files named *.electron.ts', async () => {
    expect(await lint('src/main/desktop/quitPlan.ts', importElectron)).toEqual([
      expect.stringContaining('*.electron.ts'),
    ])
    expect(await lint('src/main/desktop/shell.electron.ts', importElectron)).toEqual([])
  })

  it('allow electron in the Electron glue and Node in the engine', async () => {
    expect(await lint('src/main/window.ts', importElectron)).toEqual([])
    expect(await lint('src/engine/db/x.ts', importNode)).toEqual([])
  })

  it('keep the engine out of both hosts and the window out of the engine', async () => {
    for (const host of ['@main/window', '@host/server', '@hosting/staticFiles', '@renderer/App']) {
      expect(await lint('src/engine/campaigns.ts', importFrom(host)), host).toHaveLength(1)
    }
    expect(await lint('src/renderer/src/App.tsx', importFrom('@engine/campaigns'))).toHaveLength(1)
    expect(
      await lint('src/shared/contract/campaigns.ts', importFrom('@engine/campaigns')),
    ).toHaveLength(1)
    // Nor by a relative path around the aliases.
    expect(await lint('src/engine/x.ts', importFrom('../main/window'))).toHaveLength(1)
    expect(await lint('src/engine/db/x.ts', importFrom('../../host/server'))).toHaveLength(1)
    expect(await lint('src/renderer/src/x.ts', importFrom('../../main/window'))).toHaveLength(1)
    expect(await lint('src/renderer/src/x.ts', importFrom('../../engine/campaigns'))).toHaveLength(
      1,
    )
    // Folders of the same names inside a root are its own business.
    expect(await lint('src/renderer/src/store/app/x.ts', importFrom('../engine/state'))).toEqual([])
    expect(await lint('src/engine/sender/x.ts', importFrom('../db/open'))).toEqual([])
    // Both hosts use the engine.
    expect(await lint('src/host/cli.ts', importFrom('@engine'))).toEqual([])
    expect(await lint('src/main/index.ts', importFrom('@engine/campaigns'))).toEqual([])
  })

  it('refuse a relative import that climbs three levels or more, anywhere', async () => {
    for (const file of [
      'src/engine/sender/x.test.ts',
      'src/renderer/src/features/campaigns/editor/X.tsx',
      'src/main/desktop/x.ts',
      'test/e2e/x.test.ts',
    ]) {
      expect(await lint(file, importFrom('../../../shared/contract')), file).toEqual([
        expect.stringContaining('alias'),
      ])
    }
    expect(await lint('src/engine/sender/x.ts', importFrom('../../shared/contract'))).toEqual([])
  })
})
