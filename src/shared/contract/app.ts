/** `app.*`: what the window asks about the app itself. */
import { z } from 'zod'
import { command } from './command'

export const HostKind = z.enum(['electron', 'browser'])
export type HostKind = z.output<typeof HostKind>

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  /** Folder holding the database and everything the app keeps for the user. */
  dataDir: z.string(),
  /** Which host runs the engine: the desktop app or the browser host. */
  host: HostKind,
  platform: z.string(),
  nodeVersion: z.string(),
  sqliteVersion: z.string(),
  schemaVersion: z.number().int(),
})
export type AppInfo = z.output<typeof AppInfo>

export const app = {
  info: command(z.void(), AppInfo, 'About this app: version, host kind and where its data lives.'),
} as const
