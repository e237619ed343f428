/**
 * The desktop app's sleep, network and start-up glue, in one call from the composition root:
 * sleep and no network hold sending, a sending campaign keeps the computer awake, and start at
 * login follows the setting. Electron's modules come in as ports, so all of it runs under Node
 * in tests.
 */
import type { EventMessage } from '@shared/types'
import type { Clock } from '@shared/clock'
import type { Engine } from '@engine'
import { KeepAwake, type BlockerPort } from './keepAwake'
import { followStartAtLogin, type LoginItemPort } from './loginItem'
import { NetworkWatch } from './networkWatch'
import { SleepWatch, type PowerEvents } from './sleepWatch'

export interface PowerPorts {
  powerMonitor: PowerEvents
  net: { isOnline(): boolean }
  powerSaveBlocker: BlockerPort
  app: Omit<LoginItemPort, 'platform'>
  platform: NodeJS.Platform
  clock: Clock
}

type EnginePort = Pick<Engine, 'hold' | 'release' | 'events' | 'dispatch'>

async function read<T>(engine: EnginePort, channel: string): Promise<T> {
  const reply = await engine.dispatch(channel, undefined)
  if (!reply.ok) throw new Error(`${channel}: ${reply.error.message}`)
  return reply.value as T
}

/** Call after app 'ready' (powerMonitor and net need it). Returns the undo, for quitting. */
export async function startPower(ports: PowerPorts, engine: EnginePort): Promise<() => void> {
  // Listen before reading, so that a change between the reads and the listeners is not lost.
  let deliver: ((message: EventMessage) => void) | null = null
  const early: EventMessage[] = []
  const unsubscribe = engine.events.subscribe((m) => (deliver ? deliver(m) : early.push(m)))
  let settings: { desktop: { keepAwake: boolean; startAtLogin: boolean } }
  let campaigns: { id: number; status: string }[]
  try {
    settings = await read(engine, 'settings.get')
    campaigns = await read(engine, 'campaigns.list')
  } catch (error) {
    unsubscribe()
    throw error
  }
  const network = new NetworkWatch(() => ports.net.isOnline(), engine, ports.clock)
  const sleep = new SleepWatch(ports.powerMonitor, engine, ports.clock, () => network.check())
  const keepAwake = new KeepAwake(
    ports.powerSaveBlocker,
    settings.desktop.keepAwake,
    campaigns.filter((c) => c.status === 'sending').map((c) => c.id),
  )
  const loginItem = followStartAtLogin(
    {
      isPackaged: ports.app.isPackaged,
      getLoginItemSettings: () => ports.app.getLoginItemSettings(),
      setLoginItemSettings: (s) => ports.app.setLoginItemSettings(s),
      platform: ports.platform,
    },
    settings.desktop.startAtLogin,
  )
  deliver = (message) => {
    keepAwake.onEvent(message)
    loginItem(message)
  }
  for (const message of early.splice(0)) deliver(message)
  return () => {
    unsubscribe()
    sleep.stop()
    network.stop()
    keepAwake.stop()
  }
}
