/**
 * The one contract between the window and the engine.
 *
 * Every command the window can invoke (input → output) and every event the engine pushes
 * (payload) is declared here once, as a runtime schema. Electron IPC, the preload's
 * `window.outbox`, the browser host and the renderer's client are all derived from it.
 * Add a command: add a line under its namespace and a handler in the engine; the compiler
 * then points at every place that must follow.
 */
import { z } from 'zod'

const command = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O, doc: string) => ({
  input,
  output,
  doc,
})
const event = <P extends z.ZodType>(payload: P, doc: string) => ({ payload, doc })

// ── Domain schemas shared by commands and events ────────────────────────────────────────────

export const HostKind = z.enum(['electron', 'browser'])

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

export const Language = z.enum(['en', 'ru'])

export const Settings = z.object({
  /** null until the user picks one; the window then follows the system language. */
  language: Language.nullable(),
})

export const SettingsPatch = Settings.partial().strict()

export const Heartbeat = z.object({
  /** Increases by one per beat since the engine started. */
  seq: z.number().int().nonnegative(),
  /** Engine clock, epoch milliseconds. */
  at: z.number(),
  uptimeMs: z.number().nonnegative(),
})

// ── Commands: window → engine, request → response ──────────────────────────────────────────

export const commands = {
  app: {
    info: command(
      z.void(),
      AppInfo,
      'About this app: version, host kind and where its data lives.',
    ),
  },
  settings: {
    get: command(z.void(), Settings, 'The user’s settings as stored in the database.'),
    update: command(SettingsPatch, Settings, 'Change some settings; answers with all of them.'),
  },
} as const

// ── Events: engine → window, one-way ────────────────────────────────────────────────────────

export const events = {
  'engine.heartbeat': event(Heartbeat, 'Pushed every second while the engine runs.'),
  'settings.changed': event(Settings, 'Pushed after any change of settings, by any window.'),
} as const

// ── Errors carried back to the window ───────────────────────────────────────────────────────

export const ErrorCode = z.enum([
  /** The input did not match the command's schema. */
  'invalid_input',
  /** No such command in the contract. */
  'unknown_command',
  /** The caller is not the app's own window (IPC sender check). */
  'forbidden',
  /** The browser host's token was missing or wrong. */
  'unauthorized',
  'not_found',
  /** The request is valid but the state does not allow it now. */
  'conflict',
  /** The engine cannot be reached: the host stopped or the connection broke. */
  'unavailable',
  /** A bug or an unexpected failure; details are in the log. */
  'internal',
])

export const ErrorPayload = z.object({
  code: ErrorCode,
  message: z.string(),
  details: z.unknown().optional(),
})

export const EventMessage = z.object({ name: z.string(), payload: z.unknown() })
