/**
 * The import aliases (`@engine/…`, `@shared/…`) for Vite and vitest, read from the `paths` in
 * tsconfig.base.json that TypeScript uses, so the list is written once.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = new URL('../', import.meta.url)

type Paths = Record<string, string[]>

/** `@engine/*` → `./src/engine/*` becomes `@engine` → that folder; Vite matches `@engine/x` too. */
export function viteAliases(paths: Paths = readPaths()): Record<string, string> {
  const aliases: Record<string, string> = {}
  for (const [name, [target]] of Object.entries(paths)) {
    if (!name.endsWith('/*') || !target?.endsWith('/*')) continue
    aliases[name.slice(0, -2)] = fileURLToPath(new URL(target.slice(0, -2), root))
  }
  return aliases
}

function readPaths(): Paths {
  const tsconfig = JSON.parse(readFileSync(new URL('tsconfig.base.json', root), 'utf8'))
  return tsconfig.compilerOptions.paths
}
