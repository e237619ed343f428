/** An engine on a real SQLite file in a temp folder, talking to a local SMTP sink. */
import { expect } from 'vitest'
import type { z } from 'zod'
import type { CampaignSettings } from '@shared/contract'
import type { EventMessage } from '@shared/types'
import type { EngineOptions } from '@engine'
import type { Db } from '@engine/db/open'
import { CountingCommitter } from './countingCommitter'
import { openEngineOnDisk, type EngineOnDisk } from './engineOnDisk'

export interface Harness extends EngineOnDisk {
  /** Every event the engine pushed, in order. */
  events: EventMessage[]
  /** Writes still on their way (queued, committing, or waiting for the WAL's sync). */
  commitsInFlight(): number
}

export interface HarnessOptions extends Partial<EngineOptions> {
  /** Slows every WAL sync by this much, to widen the window between a commit and its answer. */
  syncDelayMs?: number
}

export function openEngine(dataDir: string, options: HarnessOptions = {}): Harness {
  const { syncDelayMs, ...overrides } = options
  let counting: CountingCommitter | null = null
  const committer =
    overrides.committer ?? ((db: Db) => (counting = new CountingCommitter(db, syncDelayMs)))
  const onDisk = openEngineOnDisk(dataDir, { random: () => 0.5, ...overrides, committer })
  const events: EventMessage[] = []
  onDisk.engine.events.subscribe((m) => events.push(m))
  const commitsInFlight = () => {
    if (!counting) throw new Error('this harness was given its own committer: it cannot count')
    return counting.inFlight
  }
  return { ...onDisk, events, commitsInFlight }
}

/** The state of the delivery to `email` (addresses are unique across the tests' campaigns). */
export function deliveryStateOf(h: Harness, email: string): string | undefined {
  return h.db
    .prepare(
      `SELECT d.state FROM deliveries d JOIN recipients r ON r.id = d.recipient_id
       WHERE r.email = ?`,
    )
    .pluck()
    .get(email) as string | undefined
}

/** After the test: stop the engine, check the invariants, close the database. */
export function closeAfterTest(cleanup: (fn: () => Promise<void>) => void, h: Harness): Harness {
  cleanup(async () => {
    await h.engine.stop(1000)
    if (h.db.open) {
      checkInvariants(h.db)
      h.db.close()
    }
  })
  return h
}

export async function addAccount(h: Harness, port: number, auth?: { user: string; pass: string }) {
  return h.call<{ id: number }>('accounts.create', {
    name: 'Local sink',
    host: '127.0.0.1',
    port,
    security: 'none',
    username: auth?.user ?? null,
    password: auth?.pass ?? null,
    fromName: 'Outbox Test',
    fromEmail: 'sender@example.test',
  })
}

export const fast: z.input<typeof CampaignSettings> = {
  delayMs: 0,
  concurrency: 2,
  maxAttempts: 3,
  backoffMs: 0,
  timeoutMs: 5000,
}

export function recipients(n: number, domain = 'example.test') {
  return Array.from({ length: n }, (_, i) => ({
    email: `r${i}@${domain}`,
    data: { name: `R${i}` },
  }))
}

export async function createCampaign(
  h: Harness,
  accountId: number,
  list: { email: string; data?: Record<string, unknown> }[],
  settings: z.input<typeof CampaignSettings> = fast,
) {
  return h.call<{ id: number }>('campaigns.create', {
    name: 'Test campaign',
    accountId,
    subject: 'Hello {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings,
    recipients: list,
  })
}

export async function waitForStatus(h: Harness, id: number, status: string, timeout = 20_000) {
  await expect
    .poll(async () => (await h.call<{ status: string }>('campaigns.get', { id })).status, {
      timeout,
      interval: 20,
    })
    .toBe(status)
}

/**
 * Until the window has heard `status` for the campaign: the progress event follows the commit's
 * sync, so it may come a moment after `campaigns.get` reads the new status.
 */
export async function waitForStatusEvent(h: Harness, id: number, status: string) {
  await expect
    .poll(() => {
      const last = h.events
        .filter((e) => e.name === 'campaign.progress' && e.payload.campaignId === id)
        .at(-1)
      return last?.name === 'campaign.progress' ? last.payload.status : undefined
    })
    .toBe(status)
}

/**
 * Every recipient of a started campaign is in exactly one state (a draft or a scheduled one has
 * no deliveries yet), the counters equal the counts by state, and each account's counters (sent,
 * failed, uncertain) equal the counts of the rows it took.
 */
export function checkInvariants(db: Db): void {
  const orphans = db
    .prepare(
      `SELECT count(*) AS n FROM recipients r JOIN campaigns c ON c.id = r.campaign_id
       WHERE c.started_at IS NOT NULL
         AND NOT EXISTS (SELECT 1 FROM deliveries d WHERE d.recipient_id = r.id)`,
    )
    .get() as { n: number }
  expect(orphans.n, 'recipients without a delivery').toBe(0)
  const counted = db
    .prepare(
      `SELECT campaign_id, state, count(*) AS n FROM deliveries GROUP BY campaign_id, state
       ORDER BY campaign_id, state`,
    )
    .all()
  const counters = db
    .prepare(
      `SELECT campaign_id, state, n FROM campaign_counts WHERE n <> 0 ORDER BY campaign_id, state`,
    )
    .all()
  expect(counters).toEqual(counted)
  const countedByAccount = db
    .prepare(
      `SELECT campaign_id, account_id, state, count(*) AS n FROM deliveries
       WHERE state IN ('sent', 'failed', 'uncertain')
       GROUP BY campaign_id, account_id, state ORDER BY campaign_id, account_id, state`,
    )
    .all()
  const accountCounters = db
    .prepare(
      `SELECT campaign_id, account_id, state, n FROM campaign_account_counts WHERE n <> 0
       ORDER BY campaign_id, account_id, state`,
    )
    .all()
  expect(accountCounters, "each account's counts").toEqual(countedByAccount)
}
