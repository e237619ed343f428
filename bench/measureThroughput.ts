/**
 * Messages per second with delay 0 at a given concurrency: our engine, and raw nodemailer
 * pooled sending of the same messages to the same server, in the same run. Likewise for one
 * campaign rotating over several accounts, one server each.
 */
import { performance } from 'node:perf_hooks'
import nodemailer from 'nodemailer'
import { renderMessage } from '@engine/render/render'
import {
  addAccount,
  completion,
  HTML,
  openBenchEngine,
  recipients,
  SUBJECT,
  tempDir,
  type Sink,
} from './support'

export async function engineRate(sink: Sink, n: number, concurrency: number): Promise<number> {
  const { db, engine, call } = openBenchEngine(tempDir())
  engine.start()
  const account = await addAccount(call, sink.port)
  const campaign = await call<{ id: number }>('campaigns.create', {
    name: 'bench',
    accountId: account.id,
    subject: SUBJECT,
    html: HTML,
    settings: { delayMs: 0, concurrency, maxAttempts: 3, backoffMs: 0, timeoutMs: 60_000 },
    recipients: recipients(n),
  })
  const done = completion(engine, campaign.id)
  const t0 = performance.now()
  await call('campaigns.start', { id: campaign.id })
  await done
  const seconds = (performance.now() - t0) / 1000
  await engine.stop()
  db.close()
  return n / seconds
}

export async function rawRate(sink: Sink, n: number, concurrency: number): Promise<number> {
  const transport = nodemailer.createTransport({
    pool: true,
    maxConnections: concurrency,
    maxMessages: Infinity,
    host: '127.0.0.1',
    port: sink.port,
    secure: false,
    ignoreTLS: true,
  })
  // The same messages the engine sends: rendered per recipient, HTML plus text.
  const list = recipients(n)
  const t0 = performance.now()
  await Promise.all(
    list.map((r, i) => {
      const m = renderMessage({
        subject: SUBJECT,
        html: HTML,
        data: { ...r.data, email: r.email },
        images: [],
      })
      return transport.sendMail({
        from: 'bench@example.test',
        to: r.email,
        subject: m.subject,
        html: m.html,
        text: m.text,
        messageId: `<raw.${i}@example.test>`,
      })
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  transport.close()
  return n / seconds
}

/**
 * Rotation: one campaign through one account per sink (`concurrency` connections each), the
 * recipients split between them by whichever account has room first.
 */
export async function engineRotationRate(
  sinks: readonly Sink[],
  n: number,
  concurrency: number,
): Promise<number> {
  const { db, engine, call } = openBenchEngine(tempDir())
  engine.start()
  const accountIds: number[] = []
  for (const sink of sinks) accountIds.push((await addAccount(call, sink.port)).id)
  const campaign = await call<{ id: number }>('campaigns.create', {
    name: 'bench rotation',
    accountId: accountIds[0],
    accountIds,
    subject: SUBJECT,
    html: HTML,
    settings: { delayMs: 0, concurrency, maxAttempts: 3, backoffMs: 0, timeoutMs: 60_000 },
    recipients: recipients(n),
  })
  const done = completion(engine, campaign.id)
  const t0 = performance.now()
  await call('campaigns.start', { id: campaign.id })
  await done
  const seconds = (performance.now() - t0) / 1000
  await engine.stop()
  db.close()
  return n / seconds
}

/** Its baseline: raw nodemailer pooled to the same sinks, `concurrency` connections each. */
export async function rawRotationRate(
  sinks: readonly Sink[],
  n: number,
  concurrency: number,
): Promise<number> {
  const transports = sinks.map((sink) =>
    nodemailer.createTransport({
      pool: true,
      maxConnections: concurrency,
      maxMessages: Infinity,
      host: '127.0.0.1',
      port: sink.port,
      secure: false,
      ignoreTLS: true,
    }),
  )
  const list = recipients(n)
  const t0 = performance.now()
  await Promise.all(
    list.map((r, i) => {
      const m = renderMessage({
        subject: SUBJECT,
        html: HTML,
        data: { ...r.data, email: r.email },
        images: [],
      })
      return transports[i % transports.length]!.sendMail({
        from: 'bench@example.test',
        to: r.email,
        subject: m.subject,
        html: m.html,
        text: m.text,
        messageId: `<raw.${i}@example.test>`,
      })
    }),
  )
  const seconds = (performance.now() - t0) / 1000
  for (const transport of transports) transport.close()
  return n / seconds
}
