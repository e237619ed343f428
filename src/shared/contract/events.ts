/** Events: engine → window, one-way. Payloads no command returns are declared here. */
import { z } from 'zod'
import { Progress } from './campaigns'
import { Id } from './common'
import { EngineStatus } from './engine'
import { InboxSummary } from './inbox'
import { Settings } from './settings'

const event = <P extends z.ZodType>(payload: P, doc: string) => ({ payload, doc })

export const Heartbeat = z.object({
  /** Increases by one per beat since the engine started. */
  seq: z.number().int().nonnegative(),
  /** Engine clock, epoch milliseconds. */
  at: z.number(),
  uptimeMs: z.number().nonnegative(),
})

/** A screen of the window, for `app.open`. */
export const AppScreen = z.enum([
  'campaigns',
  'inbox',
  'accounts',
  'suppressions',
  'queue',
  'log',
  'settings',
  'about',
])
export type AppScreen = z.output<typeof AppScreen>

export const AppOpen = z.object({
  screen: AppScreen,
  /** With screen 'campaigns': the campaign to open; null shows the list. */
  campaignId: Id.nullable(),
})

export const events = {
  'engine.heartbeat': event(Heartbeat, 'Pushed every second while the engine runs.'),
  'engine.status': event(EngineStatus, 'Pushed when sending is held or released.'),
  'settings.changed': event(Settings, 'Pushed after any change of settings, by any window.'),
  'inbox.received': event(InboxSummary, 'The built-in test inbox received a message.'),
  'campaign.progress': event(
    Progress,
    'A campaign’s progress: at most every 100 ms while it sends, and at once on every status change.',
  ),
  'app.open': event(
    AppOpen,
    'The desktop shell asks the window to show a screen (the user clicked a notification).',
  ),
} as const

/** An event as a host carries it to the window: its name and its payload. */
export const EventMessage = z.object({ name: z.string(), payload: z.unknown() })
