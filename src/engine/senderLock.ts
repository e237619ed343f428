/**
 * Only one process may run the sender on a database: two would both claim, and a recipient
 * could get two copies. The holder refreshes a row every few seconds; a newcomer takes over
 * only a stale row, or one whose process is gone from this machine.
 */
import { hostname } from 'node:os'
import { randomUUID } from 'node:crypto'
import { OutboxError } from '@shared/errors'
import type { Clock } from '@shared/clock'
import type { Db } from './db/open'

export const LOCK_REFRESH_MS = 5000
export const LOCK_STALE_MS = 20_000

interface LockRow {
  owner: string
  pid: number
  hostname: string
  heartbeat_at: number
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export class SenderLock {
  readonly owner = randomUUID()
  private timer: unknown

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly me = { pid: process.pid, hostname: hostname() },
  ) {}

  acquire(): void {
    const now = this.clock.now()
    this.db
      .transaction(() => {
        const row = this.db.prepare('SELECT * FROM sender_lock WHERE id = 1').get() as
          LockRow | undefined
        if (row && row.owner !== this.owner && now - row.heartbeat_at < LOCK_STALE_MS) {
          const gone = row.hostname === this.me.hostname && !processAlive(row.pid)
          if (!gone) {
            throw new OutboxError(
              'conflict',
              `Another Outbox (process ${row.pid} on ${row.hostname}) is already sending from this ` +
                'data folder. Close it first, or use another data folder.',
              undefined,
              { reason: 'sender.locked', params: { pid: row.pid, hostname: row.hostname } },
            )
          }
        }
        this.db
          .prepare(
            `INSERT INTO sender_lock (id, owner, pid, hostname, heartbeat_at) VALUES (1, ?, ?, ?, ?)
             ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, pid = excluded.pid,
               hostname = excluded.hostname, heartbeat_at = excluded.heartbeat_at`,
          )
          .run(this.owner, this.me.pid, this.me.hostname, now)
      })
      .immediate()
    this.schedule()
  }

  private schedule(): void {
    this.timer = this.clock.setTimeout(() => {
      this.db
        .prepare('UPDATE sender_lock SET heartbeat_at = ? WHERE id = 1 AND owner = ?')
        .run(this.clock.now(), this.owner)
      this.schedule()
    }, LOCK_REFRESH_MS)
  }

  release(): void {
    this.clock.clearTimeout(this.timer)
    this.db.prepare('DELETE FROM sender_lock WHERE id = 1 AND owner = ?').run(this.owner)
  }
}
