#!/usr/bin/env node
/**
 * Builds better-sqlite3 for Electron's ABI into node_modules/.outbox-native/, beside (never over)
 * the Node build that the tests and the browser host use. Runs before `npm start`, `npm run dev`
 * and `npm run dist`; does nothing when the build for this Electron, platform and arch exists.
 * The main process loads it through better-sqlite3's `nativeBinding` option (src/main/native.ts).
 */
import {
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  copyFileSync,
} from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'node_modules', '.outbox-native')
/** Where the Electron build lands: native.ts loads it from here, the installers ship it. */
export const binary = join(outDir, 'better_sqlite3.node')
const stampFile = join(outDir, 'stamp.json')

const versionOf = (pkg) =>
  JSON.parse(readFileSync(join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version

export function wantedStamp(env = process.env) {
  return {
    electron: versionOf('electron'),
    betterSqlite3: versionOf('better-sqlite3'),
    platform: process.platform,
    arch: env.npm_config_arch || process.arch,
  }
}

export function isUpToDate(wanted) {
  if (!existsSync(binary) || !existsSync(stampFile)) return false
  const stamp = JSON.parse(readFileSync(stampFile, 'utf8'))
  return Object.entries(wanted).every(([key, value]) => stamp[key] === value)
}

async function build(wanted) {
  const { rebuild } = await import('@electron/rebuild')
  // A scratch project holding a copy of the module, so node_modules/better-sqlite3 is untouched.
  const work = join(outDir, 'work')
  rmSync(work, { recursive: true, force: true })
  mkdirSync(join(work, 'node_modules'), { recursive: true })
  cpSync(
    join(root, 'node_modules', 'better-sqlite3'),
    join(work, 'node_modules', 'better-sqlite3'),
    {
      recursive: true,
      filter: (src) => !src.includes(`${join('better-sqlite3', 'build')}`),
    },
  )
  writeFileSync(
    join(work, 'package.json'),
    JSON.stringify({
      name: 'outbox-native',
      private: true,
      dependencies: { 'better-sqlite3': wanted.betterSqlite3 },
    }),
  )
  await rebuild({
    buildPath: work,
    electronVersion: wanted.electron,
    arch: wanted.arch,
    onlyModules: ['better-sqlite3'],
    force: true,
  })
  copyFileSync(
    join(work, 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'),
    binary,
  )
  writeFileSync(stampFile, JSON.stringify(wanted, null, 2))
  rmSync(work, { recursive: true, force: true })
}

async function main() {
  const wanted = wantedStamp()
  if (isUpToDate(wanted)) return
  console.log(
    `Building SQLite for Electron ${wanted.electron} (${wanted.platform}-${wanted.arch})…`,
  )
  try {
    await build(wanted)
    console.log('SQLite for Electron is ready.')
  } catch (error) {
    console.error(
      `Could not build better-sqlite3 for Electron ${wanted.electron}: ${error?.message ?? error}\n` +
        'This step downloads Electron’s headers or a prebuilt module, so it needs internet access ' +
        'and a C++ toolchain (see the README). The tests and `npm run serve` do not need it.',
    )
    process.exit(1)
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main()
