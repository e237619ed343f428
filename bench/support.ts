/** Shared pieces of the benchmark: the sink process, an engine on a temp folder, medians. */
import { fork, type ChildProcess } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Engine } from '@engine'
import { openEngineOnDisk } from '@test/support/engineOnDisk'

export const TSX = { execArgv: ['--import', 'tsx'] }

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'outbox-bench-'))
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

export interface Sink {
  port: number
  count(): Promise<number>
  reset(): void
  stop(): void
}

export async function startSinkProcess(): Promise<Sink> {
  const child: ChildProcess = fork(join(__dirname, 'sinkProcess.ts'), [], TSX)
  const port = await new Promise<number>((resolve) =>
    child.once('message', (m) => resolve((m as { port: number }).port)),
  )
  return {
    port,
    count: () =>
      new Promise((resolve) => {
        child.once('message', (m) => resolve((m as { count: number }).count))
        child.send('count')
      }),
    reset: () => child.send('reset'),
    stop: () => child.kill(),
  }
}

/** The engine on a fresh folder, as the hosts build it. */
export const openBenchEngine = (dataDir: string) => openEngineOnDisk(dataDir)

export const SUBJECT = 'News for {{name}}'
export const HTML =
  '<h1>Hello {{name}}</h1><p>This month: three things worth your time.</p>' +
  '<p><a href="https://example.test/read">Read more</a></p>'

export function recipients(n: number) {
  return Array.from({ length: n }, (_, i) => ({
    email: `r${i}@example.test`,
    data: { name: `R${i}` },
  }))
}

export async function addAccount(call: <T>(c: string, i?: unknown) => Promise<T>, port: number) {
  return call<{ id: number }>('accounts.create', {
    name: 'bench',
    host: '127.0.0.1',
    port,
    security: 'none',
    fromEmail: 'bench@example.test',
  })
}

/** Resolves when the engine pushes the campaign's completed snapshot (no polling). */
export function completion(engine: Engine, id: number): Promise<void> {
  return new Promise((resolve) => {
    const off = engine.events.subscribe((m) => {
      if (m.name === 'campaign.progress' && m.payload.campaignId === id && m.payload.isCompleted) {
        off()
        resolve()
      }
    })
  })
}
