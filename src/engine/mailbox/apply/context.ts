/** What each effect of a recorded message gets: the connection, the time, the log. */
import type { Settings } from '@shared/contract'
import type { Db } from '../../db/open'
import type { EngineLog } from '../../log/engineLog'
import type { ReadMessage } from '../readMessage'

export interface EffectContext {
  db: Db
  log: EngineLog
  now: number
  settings: Settings
  message: ReadMessage
  /** The mailbox_messages row: the evidence a do-not-send entry points to. */
  evidenceId: number
}
