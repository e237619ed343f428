/**
 * better-sqlite3 built for Electron's ABI into node_modules/.outbox-native/, beside (never over)
 * the Node build that the tests and the browser host use. The main process loads it through
 * better-sqlite3's `nativeBinding` option (src/main/native.ts); the installers ship it. Built
 * once per Electron version, better-sqlite3 version, platform and arch, and stamped only after
 * the file is checked to be built for Electron's ABI.
 */
import {
  copyFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import type { ElectronPackage } from './electronBinary'
import { isBuiltForAbi, requireAbi } from './nativeAbi'
import { electronSqliteBinary, electronSqliteStamp, nativeOutDir, projectRoot } from './paths'
import { SetupRefusal } from './refusal'

export interface NativeStamp {
  electron: string
  betterSqlite3: string
  platform: string
  arch: string
}

const versionOf = (pkg: string) =>
  (
    JSON.parse(readFileSync(join(projectRoot, 'node_modules', pkg, 'package.json'), 'utf8')) as {
      version: string
    }
  ).version

export function wantedStamp(electron: ElectronPackage, env = process.env): NativeStamp {
  return {
    electron: electron.version,
    betterSqlite3: versionOf('better-sqlite3'),
    platform: process.platform,
    arch: env.npm_config_arch || process.arch,
  }
}

/** The stamp matches and the file really is built for Electron (an older script stamped anything). */
export function isUpToDate(
  wanted: NativeStamp,
  abi: number,
  files = { binary: electronSqliteBinary, stamp: electronSqliteStamp },
): boolean {
  if (!existsSync(files.binary) || !existsSync(files.stamp)) return false
  const stamp = JSON.parse(readFileSync(files.stamp, 'utf8')) as Record<string, unknown>
  const sameBuild = Object.entries(wanted).every(([key, value]) => stamp[key] === value)
  return sameBuild && isBuiltForAbi(files.binary, abi)
}

/**
 * npm hands its configuration to scripts as npm_config_* variables, and node-gyp obeys
 * npm_config_nodedir over the Electron target it is given: with nodedir set (as some machines
 * do, to build against the system's Node headers) the "Electron" build would be a Node one.
 */
export function headerOverrides(env: NodeJS.ProcessEnv): string[] {
  return Object.keys(env).filter((key) => key.toLowerCase() === 'npm_config_nodedir')
}

async function rebuildInScratchProject(wanted: NativeStamp): Promise<string> {
  const { rebuild } = await import('@electron/rebuild')
  // A scratch project holding a copy of the module, so node_modules/better-sqlite3 is untouched.
  const work = join(nativeOutDir, 'work')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(join(work, 'node_modules'), { recursive: true })
  cpSync(
    join(projectRoot, 'node_modules', 'better-sqlite3'),
    join(work, 'node_modules', 'better-sqlite3'),
    { recursive: true, filter: (src) => !src.includes(join('better-sqlite3', 'build')) },
  )
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'outbox-native',
      private: true,
      dependencies: { 'better-sqlite3': wanted.betterSqlite3 },
    }),
  )
  for (const key of headerOverrides(process.env)) delete process.env[key]
  await rebuild({
    buildPath: work,
    electronVersion: wanted.electron,
    arch: wanted.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  })
  return work
}

export async function ensureSqliteForElectron(
  electron: ElectronPackage,
  say: (line: string) => void = console.log,
): Promise<void> {
  const wanted = wantedStamp(electron)
  if (isUpToDate(wanted, electron.abi)) return
  say(`Building SQLite for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch}), once…`)
  let work: string
  try {
    work = await rebuildInScratchProject(wanted)
  } catch (error) {
    rmSync(join(nativeOutDir, 'work'), { recursive: true, force: true })
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]
    throw new SetupRefusal(
      `SQLite could not be built for Electron ${wanted.electron} (${reason}): this step ` +
        'downloads Electron’s headers once and needs a C++ toolchain (see the README’s ' +
        'Requirements); check both and run the command again.',
    )
  }
  const built = join(
    work,
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  )
  // Checked before it takes the place the app loads from: a wrong build is never stamped.
  requireAbi(built, electron.abi, `Electron ${wanted.electron}`)
  copyFileSync(built, electronSqliteBinary)
  writeFileSync(electronSqliteStamp, JSON.stringify(wanted, null, 2))
  rmSync(work, { recursive: true, force: true })
  say('SQLite for Electron is ready.')
}
