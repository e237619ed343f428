/**
 * import_100k: a recipient file of N rows through the contract, as the window sends it —
 * `recipients.parse` (the preview) and `campaigns.create` from the file — against the least
 * any importer must do with the same bytes: csv-parse alone. Both run on the engine's thread,
 * so these are also how long the main process is busy with the file.
 */
import { parse } from 'csv-parse/sync'
import { performance } from 'node:perf_hooks'
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
  const t0 = performance.now()
  await call('recipients.parse', file)
  const t1 = performance.now()
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
  return { parseMs: t1 - t0, createMs: t2 - t1, csvOnlyMs: t3 - t2 }
}
