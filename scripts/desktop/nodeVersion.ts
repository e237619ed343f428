/**
 * Electron 45's own installer (@electron/get) and @electron/rebuild are written for Node 22.12+
 * (their `engines`); on older Node they fail with a module-loading stack trace. Checking first
 * turns that into one sentence.
 */
import { SetupRefusal } from './refusal'

type Version = [number, number, number]

function parseVersion(text: string): Version | undefined {
  const match = /(\d+)\.(\d+)\.(\d+)/.exec(text)
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined
}

/** The lowest Node a `>= X.Y.Z` engines range allows; undefined for any other shape. */
export function minimumNode(enginesNode: string | undefined): string | undefined {
  const match = /^\s*>=\s*v?(\d+\.\d+\.\d+)\s*$/.exec(enginesNode ?? '')
  return match?.[1]
}

export function isAtLeast(version: string, minimum: string): boolean {
  const have = parseVersion(version)
  const need = parseVersion(minimum)
  if (!have || !need) return false
  for (let i = 0; i < 3; i++) {
    if (have[i]! !== need[i]!) return have[i]! > need[i]!
  }
  return true
}

export function checkNodeForElectron(options: {
  nodeVersion: string
  electronVersion: string
  enginesNode: string | undefined
}): void {
  const minimum = minimumNode(options.enginesNode)
  if (!minimum || isAtLeast(options.nodeVersion, minimum)) return
  throw new SetupRefusal(
    `Outbox's desktop app needs Node.js ${minimum} or newer to fetch and build Electron ` +
      `${options.electronVersion}, and this is Node.js ${options.nodeVersion.replace(/^v/, '')}: ` +
      'install Node.js 22 LTS and run `npm install && npm start` again ' +
      '(`npm run serve` opens Outbox in your browser with this Node).',
  )
}
