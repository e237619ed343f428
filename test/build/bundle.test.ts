/**
 * What `electron-vite build` makes for the desktop app, read as Electron will load it: the main
 * process may require only Node's built-ins, `electron` and packages the installers ship
 * (`dependencies`: electron-builder leaves devDependencies out), and the sandboxed preload may
 * require nothing but `electron`. A bundle that breaks either rule would start in `npm test`
 * and stop the installed app.
 */
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import packageJson from '../../package.json'

const root = join(__dirname, '..', '..')
const requiresOf = (file: string) =>
  [...readFileSync(join(root, file), 'utf8').matchAll(/\brequire\("([^"]+)"\)/g)].map((m) => m[1]!)
const packageName = (id: string) =>
  id.startsWith('@') ? id.split('/').slice(0, 2).join('/') : id.split('/')[0]!

beforeAll(() => {
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    { cwd: root, stdio: 'ignore' },
  )
}, 120_000)

describe('the desktop bundle', () => {
  it('main requires only built-ins, electron and shipped dependencies, each resolvable', () => {
    const shipped = new Set(Object.keys(packageJson.dependencies))
    const builtins = new Set(builtinModules)
    const required = requiresOf('out/main/index.js')
    expect(required).toContain('better-sqlite3')
    const require = createRequire(join(root, 'out', 'main', 'index.js'))
    for (const id of required) {
      if (id === 'electron' || builtins.has(id.replace(/^node:/, ''))) continue
      expect(shipped, `${id} is required by the main process`).toContain(packageName(id))
      expect(() => require.resolve(id), id).not.toThrow()
    }
  })

  it('the preload requires nothing but electron (a sandboxed preload can load nothing else)', () => {
    expect(new Set(requiresOf('out/preload/index.js'))).toEqual(new Set(['electron']))
  })

  it('is what package.json starts: its main field names the built main process', () => {
    expect(packageJson.main).toBe('./out/main/index.js')
  })
})
