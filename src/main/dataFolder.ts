/**
 * The desktop app keeps its data in Electron's userData folder, unless OUTBOX_DATA names
 * another (as it does for the browser host): `npm run check:desktop` uses a temporary one, and
 * a user can keep a second, separate set of campaigns. The single-instance lock follows the
 * folder, so two apps never send from one database.
 */
import { resolve } from 'node:path'

export function dataFolderOverride(
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): string | undefined {
  const named = env.OUTBOX_DATA?.trim()
  return named ? resolve(cwd, named) : undefined
}
