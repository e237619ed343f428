/**
 * `npm run bench [-- --quick]`: the engine's figures side by side with baselines measured in
 * the same run, medians of repeated runs where the machine's noise matters. Writes
 * bench/results.json; see docs/BENCHMARKS.md for what the figures mean.
 */
import { writeFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { measureImport } from './measureImport'
import { measureLatency, type LatencyStats } from './measureLatency'
import { measureMailbox } from './measureMailbox'
import { measureBaseline, measureStart } from './measureStart'
import { measureScale } from './measureScale'
import { engineRate, engineRotationRate, rawRate, rawRotationRate } from './measureThroughput'
import {
  addAccount,
  completion,
  median,
  openBenchEngine,
  recipients,
  startSinkProcess,
  tempDir,
} from './support'

const quick = process.argv.includes('--quick')
const sizes = quick
  ? {
      start: 100_000,
      baseline: 10_000,
      throughput: 1_500,
      rounds: 3,
      scale: 100_000,
      sendFor: 2000,
      latencySamples: 300,
      latencyRecipients: 6_000,
    }
  : {
      start: 100_000,
      baseline: 100_000,
      throughput: 10_000,
      rounds: 3,
      scale: 1_000_000,
      sendFor: 5000,
      latencySamples: 1_500,
      latencyRecipients: 30_000,
    }

async function delayRun(port: number): Promise<number> {
  const { db, engine, call } = openBenchEngine(tempDir())
  engine.start()
  const account = await addAccount(call, port)
  const campaign = await call<{ id: number }>('campaigns.create', {
    name: 'delay',
    accountId: account.id,
    subject: 'Hi {{name}}',
    html: '<p>Hi {{name}}</p>',
    settings: { delayMs: 1000, concurrency: 2, maxAttempts: 3, backoffMs: 0, timeoutMs: 60_000 },
    recipients: recipients(30),
  })
  const done = completion(engine, campaign.id)
  const t0 = performance.now()
  await call('campaigns.start', { id: campaign.id })
  await done
  const seconds = (performance.now() - t0) / 1000
  await engine.stop()
  db.close()
  return seconds
}

async function main() {
  const rows: [string, string][] = []
  const log = (name: string, value: string) => {
    rows.push([name, value])
    console.log(`${name.padEnd(38)} ${value}`)
  }
  console.log(`Outbox bench${quick ? ' (quick)' : ''}\n`)

  const starts = []
  for (let i = 0; i < sizes.rounds; i++) starts.push(await measureStart(sizes.start))
  const start = median(starts.map((s) => s.totalMs))
  log(
    'start_100k_ms (create + start)',
    `${start.toFixed(0)} ms (create ${median(starts.map((s) => s.createMs)).toFixed(0)}, start ${median(starts.map((s) => s.startMs)).toFixed(0)})`,
  )
  const baselineRaw = measureBaseline(sizes.baseline)
  const baseline = baselineRaw * (sizes.start / sizes.baseline)
  log(
    'start_baseline_100k_ms',
    `${baseline.toFixed(0)} ms${sizes.baseline !== sizes.start ? ` (${sizes.baseline} rows measured, scaled)` : ''}`,
  )
  log('start_speedup', `${(baseline / start).toFixed(1)}×`)
  const startHold = median(starts.map((s) => s.longestHoldMs))
  log(
    'start_100k_longest_hold_ms',
    `${startHold.toFixed(0)} ms at a time during campaigns.start (${starts.map((s) => s.longestHoldMs.toFixed(0)).join(', ')})`,
  )

  const imports = []
  for (let i = 0; i < sizes.rounds; i++) imports.push(await measureImport(100_000))
  const importParse = median(imports.map((m) => m.parseMs))
  const importCreate = median(imports.map((m) => m.createMs))
  const csvOnly = median(imports.map((m) => m.csvOnlyMs))
  const longestHold = median(imports.map((m) => m.longestHoldMs))
  log(
    'import_100k_ms (file → preview, create)',
    `preview ${importParse.toFixed(0)} ms, create ${importCreate.toFixed(0)} ms; csv-parse alone ${csvOnly.toFixed(0)} ms (preview ${(importParse / csvOnly).toFixed(1)}× of it)`,
  )
  log(
    'import_100k_longest_hold_ms',
    `${longestHold.toFixed(0)} ms at a time during the preview (csv-parse alone holds the thread ${csvOnly.toFixed(0)} ms)`,
  )

  const sink = await startSinkProcess()
  const rates: Record<number, { ours: number[]; raw: number[] }> = {
    1: { ours: [], raw: [] },
    4: { ours: [], raw: [] },
  }
  for (let round = 0; round < sizes.rounds; round++) {
    for (const c of [1, 4]) {
      rates[c]!.raw.push(await rawRate(sink, sizes.throughput, c))
      rates[c]!.ours.push(await engineRate(sink, sizes.throughput, c))
    }
  }
  const ratio = (c: number) => median(rates[c]!.ours) / median(rates[c]!.raw)
  for (const c of [1, 4]) {
    log(
      `throughput c${c}`,
      `ours ${median(rates[c]!.ours).toFixed(0)}/s, raw nodemailer ${median(rates[c]!.raw).toFixed(0)}/s, ratio ${ratio(c).toFixed(2)}`,
    )
  }

  // What the window feels meanwhile: app.info through the browser host, idle and while four
  // connections send flat out to the same sink (the campaign is cancelled once sampled).
  const latency = await measureLatency(sink, {
    samples: sizes.latencySamples,
    recipients: sizes.latencyRecipients,
    gapMs: 5,
  })
  const ms = (value: number) => `${value.toFixed(1)} ms`
  const spread = (s: LatencyStats) => `p50 ${ms(s.p50)}, p99 ${ms(s.p99)}, max ${ms(s.max)}`
  const latencyRatio = latency.sending.p99 / latency.idle.p99
  log(
    'command_latency_idle',
    `${spread(latency.idle)} (${latency.idle.count} app.info calls one at a time through the browser host)`,
  )
  log(
    'command_latency_sending',
    `${spread(latency.sending)} (${latency.sending.count} calls while c4 sent ${latency.sendingRate.toFixed(0)} msgs/s${latency.completedEarly ? '; the campaign finished first' : ''})`,
  )
  log('command_latency_sending_p99_vs_idle', `${latencyRatio.toFixed(1)}×`)

  // Three accounts, each to a sink process of its own, against raw nodemailer over the same
  // connections (c to each sink): rotation should keep the one-account ratio.
  const sinks = [sink, await startSinkProcess(), await startSinkProcess()]
  const rotation: Record<number, { ours: number[]; raw: number[] }> = {
    1: { ours: [], raw: [] },
    4: { ours: [], raw: [] },
  }
  for (let round = 0; round < sizes.rounds; round++) {
    for (const c of [1, 4]) {
      rotation[c]!.raw.push(await rawRotationRate(sinks, sizes.throughput, c))
      rotation[c]!.ours.push(await engineRotationRate(sinks, sizes.throughput, c))
    }
  }
  for (const extra of sinks.slice(1)) extra.stop()
  const rotationRatio = (c: number) => median(rotation[c]!.ours) / median(rotation[c]!.raw)
  for (const c of [1, 4]) {
    log(
      `rotation 3 accounts × c${c}`,
      `ours ${median(rotation[c]!.ours).toFixed(0)}/s, raw nodemailer ${median(rotation[c]!.raw).toFixed(0)}/s, ratio ${rotationRatio(c).toFixed(2)} (one account c${c}: ${ratio(c).toFixed(2)})`,
    )
  }

  // Reading the mailbox: a folder of 10,000 messages against a raw header fetch of it, and how
  // long a bounce takes to put its address on the do-not-send list (Dovecot on 127.0.0.1).
  const mailbox = await measureMailbox(sink, 10_000, sizes.rounds + 2)
  const bounceMs = median(mailbox.bounceToSuppressedMs)
  log(
    'mailbox_scan_10k_msgs_per_s',
    `${mailbox.scanPerSecond.toFixed(0)}/s, raw imapflow headers ${mailbox.rawPerSecond.toFixed(0)}/s, ratio ${(mailbox.scanPerSecond / mailbox.rawPerSecond).toFixed(2)}`,
  )
  log(
    'bounce_to_suppressed_ms',
    `${bounceMs.toFixed(0)} ms median of ${mailbox.bounceToSuppressedMs.length} (${mailbox.bounceToSuppressedMs.map((ms) => ms.toFixed(0)).join(', ')})`,
  )

  const delay = await delayRun(sink.port)
  log('delay_30x1s_elapsed_s', `${delay.toFixed(2)} s (ideal 29)`)

  const scale = await measureScale(sink, sizes.scale, sizes.sendFor)
  const scaleNote =
    sizes.scale !== 1_000_000
      ? ` (${sizes.scale.toLocaleString('en')} deliveries in quick mode)`
      : ''
  log('rss_1m_mb', `${scale.rssPeakMb.toFixed(0)} MB${scaleNote}`)
  log('resume_1m_ms', `${scale.resumeMs.toFixed(0)} ms${scaleNote}`)
  sink.stop()

  const results = {
    quick,
    start_100k_ms: Math.round(start),
    start_baseline_100k_ms: Math.round(baseline),
    start_speedup: Number((baseline / start).toFixed(1)),
    start_100k_longest_hold_ms: Math.round(startHold),
    import_100k_preview_ms: Math.round(importParse),
    import_100k_create_ms: Math.round(importCreate),
    import_100k_csv_parse_only_ms: Math.round(csvOnly),
    import_100k_longest_hold_ms: Math.round(longestHold),
    throughput_c1_ratio: Number(ratio(1).toFixed(3)),
    throughput_c4_ratio: Number(ratio(4).toFixed(3)),
    throughput_c4_msgs_per_s: Math.round(median(rates[4]!.ours)),
    command_latency_idle_p50_ms: Number(latency.idle.p50.toFixed(2)),
    command_latency_idle_p99_ms: Number(latency.idle.p99.toFixed(2)),
    command_latency_idle_max_ms: Number(latency.idle.max.toFixed(2)),
    command_latency_sending_p50_ms: Number(latency.sending.p50.toFixed(2)),
    command_latency_sending_p99_ms: Number(latency.sending.p99.toFixed(2)),
    command_latency_sending_max_ms: Number(latency.sending.max.toFixed(2)),
    command_latency_sending_p99_vs_idle: Number(latencyRatio.toFixed(2)),
    rotation3_c1_ratio: Number(rotationRatio(1).toFixed(3)),
    rotation3_c4_ratio: Number(rotationRatio(4).toFixed(3)),
    rotation3_c4_msgs_per_s: Math.round(median(rotation[4]!.ours)),
    mailbox_scan_10k_msgs_per_s: Math.round(mailbox.scanPerSecond),
    mailbox_scan_ratio: Number((mailbox.scanPerSecond / mailbox.rawPerSecond).toFixed(3)),
    bounce_to_suppressed_ms: Math.round(bounceMs),
    delay_30x1s_elapsed_s: Number(delay.toFixed(2)),
    rss_1m_mb: Math.round(scale.rssPeakMb),
    resume_1m_ms: Math.round(scale.resumeMs),
    sizes,
    machine: {
      cores: cpus().length,
      memory_gb: Math.round(totalmem() / 1024 ** 3),
      node: process.version,
    },
  }
  writeFileSync(join(__dirname, 'results.json'), JSON.stringify(results, null, 2) + '\n')
  console.log('\nwrote bench/results.json')
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
