/**
 * The engine alone in a process, on a database prepared by the parent: measures the time from
 * opening the database to the first message accepted, then lets it send for a while and reports
 * the peak resident memory (VmHWM) of the whole process.
 */
import { readFileSync } from 'node:fs'
import { performance } from 'node:perf_hooks'
import { openBenchEngine } from './support'

const [dataDir, sendForMs] = process.argv.slice(2) as [string, string]

function peakRssMb(): number {
  const status = readFileSync('/proc/self/status', 'utf8')
  const kb = Number(status.match(/VmHWM:\s+(\d+) kB/)?.[1] ?? 0)
  return kb ? kb / 1024 : process.memoryUsage().rss / 1024 / 1024
}

async function main() {
  const t0 = performance.now()
  const { db, engine } = openBenchEngine(dataDir)
  const firstSend = new Promise<number>((resolve) => {
    const off = engine.events.subscribe((m) => {
      if (m.name === 'campaign.progress' && m.payload.sent > 0) {
        off()
        resolve(performance.now() - t0)
      }
    })
  })
  engine.start()
  const resumeMs = await firstSend
  await new Promise((r) => setTimeout(r, Number(sendForMs)))
  await engine.stop()
  db.close()
  process.send!({ resumeMs, rssPeakMb: peakRssMb() })
}

void main()
