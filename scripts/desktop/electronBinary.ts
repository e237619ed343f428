/**
 * Electron's binary, fetched by Electron's own installer. Since Electron 45 the `electron`
 * package has no install script: its index.js downloads the binary the first time it is
 * required, and writes path.txt. electron-vite (6.0) never requires it — it reads path.txt and
 * throws "Electron uninstall" — so `npm start` runs the installer first, here.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { SetupRefusal } from './refusal'

export interface ElectronPackage {
  dir: string
  version: string
  /** `engines.node` of the package: the Node its installer needs. */
  enginesNode: string | undefined
  /** NODE_MODULE_VERSION of this Electron (the package's abi_version file). */
  abi: number
}

export function readElectronPackage(dir: string): ElectronPackage {
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
    version: string
    engines?: { node?: string }
  }
  return {
    dir,
    version: pkg.version,
    enginesNode: pkg.engines?.node,
    abi: Number(readFileSync(join(dir, 'abi_version'), 'utf8').trim()),
  }
}

/**
 * The executable, if this version's binary is installed; never downloads. The same rules as
 * the package's own index.js and install.js: path.txt names the file under dist/ (or under
 * ELECTRON_OVERRIDE_DIST_PATH), and dist/version must be this package's version.
 */
export function installedElectronBinary(
  pkg: ElectronPackage,
  env: NodeJS.ProcessEnv = process.env,
): string | undefined {
  const pathFile = join(pkg.dir, 'path.txt')
  if (!existsSync(pathFile)) return undefined
  const relative = readFileSync(pathFile, 'utf8')
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  if (!override) {
    const versionFile = join(pkg.dir, 'dist', 'version')
    if (!existsSync(versionFile)) return undefined
    if (readFileSync(versionFile, 'utf8').trim().replace(/^v/, '') !== pkg.version) return undefined
  }
  const executable = join(override ?? join(pkg.dir, 'dist'), relative)
  return existsSync(executable) ? executable : undefined
}

/** The line of an installer's output that says why it failed, without the stack. */
export function installFailureReason(output: string): string {
  const lines = output
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('at ') && !/^\^+$/.test(line))
  const errorLine = lines.find((line) => /^(\w*Error|Error)\b|\bE[A-Z]{3,}\b/.test(line))
  const reason = errorLine ?? lines.at(-1) ?? 'the installer gave no reason'
  return reason.length > 200 ? `${reason.slice(0, 199)}…` : reason
}

type Spawn = (command: string, args: string[]) => SpawnSyncReturns<string>

const spawnInstaller: Spawn = (command, args) =>
  spawnSync(command, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

/** Makes sure the binary is there, running Electron's install.js when it is not. */
export function ensureElectronBinary(
  pkg: ElectronPackage,
  options: { env?: NodeJS.ProcessEnv; spawn?: Spawn; say?: (line: string) => void } = {},
): string {
  const env = options.env ?? process.env
  const present = installedElectronBinary(pkg, env)
  if (present) return present
  const target = `${env.npm_config_platform ?? process.platform}-${env.npm_config_arch ?? process.arch}`
  ;(options.say ?? console.log)(
    `Downloading Electron ${pkg.version} for ${target} (about 100 MB, once)…`,
  )
  const result = (options.spawn ?? spawnInstaller)(process.execPath, [join(pkg.dir, 'install.js')])
  const installed = result.status === 0 ? installedElectronBinary(pkg, env) : undefined
  if (installed) return installed
  const reason = result.error
    ? result.error.message
    : installFailureReason(`${result.stderr ?? ''}\n${result.stdout ?? ''}`)
  throw new SetupRefusal(
    `Electron ${pkg.version} could not be downloaded (${reason}), so the desktop app cannot ` +
      'start: check the internet connection (behind a proxy, set ELECTRON_GET_USE_PROXY=true ' +
      'and HTTPS_PROXY; a mirror is set with ELECTRON_MIRROR) and run the command again.',
  )
}
