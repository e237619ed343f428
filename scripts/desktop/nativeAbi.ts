/**
 * Which Node ABI a native module was built for, read from the file without loading it: a
 * V8-API addon (better-sqlite3 is one) exports `node_register_module_v<ABI>`. A build made
 * against the system's Node headers (npm's `nodedir` set) carries Node's number, not
 * Electron's, and would stop the desktop app at its first database open.
 */
import { readFileSync } from 'node:fs'
import { SetupRefusal } from './refusal'

const REGISTER_SYMBOL = /node_register_module_v(\d+)/g

/** Every ABI number the module registers itself for (normally exactly one). */
export function abisOfNativeModule(bytes: Buffer): number[] {
  const found = new Set<number>()
  for (const match of bytes.toString('latin1').matchAll(REGISTER_SYMBOL)) {
    found.add(Number(match[1]))
  }
  return [...found]
}

export function isBuiltForAbi(file: string, abi: number): boolean {
  const abis = abisOfNativeModule(readFileSync(file))
  return abis.length === 1 && abis[0] === abi
}

/** Refuses a module that was not built for exactly `abi`, naming what it was built for. */
export function requireAbi(file: string, abi: number, runtime: string): void {
  const abis = abisOfNativeModule(readFileSync(file))
  if (abis.length === 1 && abis[0] === abi) return
  const builtFor = abis.length ? `ABI ${abis.join(', ')}` : 'no Node ABI it names'
  throw new SetupRefusal(
    `The SQLite module just built is for ${builtFor}, but ${runtime} needs ABI ${abi}, so it ` +
      'was not installed: the build used other Node headers than Electron’s (check that ' +
      '`npm config get nodedir` is empty, or run `npm config delete nodedir`), then run the ' +
      'command again.',
  )
}
