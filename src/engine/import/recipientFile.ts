/** A recipient file from the window, read the way the user chose (or the engine guessed). */
import type { RecipientFileInput, RecipientFilePreview } from '@shared/contract'
import { OutboxError } from '@shared/errors'
import type { Db } from '../db/open'
import { selectSuppressionReason } from '../db/suppressions'
import { decode, detectEncoding, type FileEncoding } from '@shared/textEncoding'
import { ImportError, parseRecipients, type ParsedFile } from './parseRecipients'
import { findZoneColumn, summarizeZones } from './zoneColumn'

export async function readRecipientFile(
  db: Db,
  input: RecipientFileInput,
): Promise<ParsedFile & { encoding: FileEncoding; encodingDetected: FileEncoding }> {
  const bytes = Buffer.from(input.dataBase64, 'base64')
  const encodingDetected = detectEncoding(bytes)
  const encoding = input.encoding === 'auto' ? encodingDetected : input.encoding
  try {
    const file = await parseRecipients(decode(bytes, encoding), {
      delimiter: input.delimiter === 'auto' ? null : input.delimiter,
      emailColumn: input.emailColumn,
      suppressed: (email) => selectSuppressionReason(db, email) ?? null,
    })
    return { ...file, encoding, encodingDetected }
  } catch (error) {
    if (error instanceof ImportError) {
      throw new OutboxError('invalid_input', error.message, undefined, error.reason)
    }
    throw error
  }
}

export async function previewRecipientFile(
  db: Db,
  input: RecipientFileInput,
): Promise<RecipientFilePreview> {
  const file = await readRecipientFile(db, input)
  return {
    encoding: file.encoding,
    encodingDetected: file.encodingDetected,
    delimiter: file.delimiter,
    headers: file.headers,
    emailColumn: file.emailColumn,
    ignoredColumns: file.ignoredColumns,
    count: file.recipients.length,
    sample: file.recipients.slice(0, 20),
    timeZones: summarizeZones(file.recipients, findZoneColumn(file.headers)),
    rejected: file.rejected,
  }
}
