/**
 * import_100k: a recipient file of N rows through the contract, as the window sends it —
 * `recipients.parse` (the preview) and `campaigns.create` from the file — against the least
 * any importer must do with the same bytes: csv-parse alone. And the longest the engine's
 * thread (the Electron main process) was held at a time during the preview: the file is read
 * in slices with the event loop free in between, so sending and commands go on.
 */
import { parse } from 'csv-parse/sync'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { addAccount, HTML, openBenchEngine, SUBJECT, tempDir } from './support'

/** email, name and a Cyrillic city: what a marketer's export looks like. */
function recipientFile(n: number): Buffer {
  const lines = ['email;name;city']
  for (let i = 0; i < n; i++) lines.push(`user${i}@example.com;Имя ${i};Москва`)
  return Buffer.from(lines.join('\r\n'), 'utf8')
}

export async function measureImport(n: number) {
  const bytes = recipientFile(n)
  const file = { dataBase64: bytes.toString('base64') }
  const { db, call } = openBenchEngine(tempDir())
  const account = await addAccount(call, 2525)
  // The longest the thread was held while the preview ran: what sending and the window wait.
  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const t0 = performance.now()
  await call('recipients.parse', file)
  const t1 = performance.now()
  loop.disable()
  await call('campaigns.create', {
    name: 'import',
    accountId: account.id,
    subject: SUBJECT,
    html: HTML,
    recipientsFile: file,
  })
  const t2 = performance.now()
  db.close()
  parse(bytes, { delimiter: ';', bom: true, skip_empty_lines: true })
  const t3 = performance.now()
  return {
    parseMs: t1 - t0,
    createMs: t2 - t1,
    csvOnlyMs: t3 - t2,
    longestHoldMs: loop.max / 1e6,
  }
}
