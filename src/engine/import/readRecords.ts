/**
 * csv-parse fed a slice at a time, yielding to the event loop between slices: a 100,000-row
 * file would otherwise hold the engine's thread (the Electron main process) for most of a
 * second, and with it sending, progress and every other command.
 */
import { parse, type Options } from 'csv-parse'
import { yieldToEventLoop } from '../yieldToEventLoop'

export interface CsvRecord {
  record: string[]
  /** How far csv-parse had read when the record ended, in bytes from the start of the file. */
  info: { bytes: number }
}

/** About 1,500 typical rows: a few milliseconds of parsing between two turns of the loop. */
export const SLICE_BYTES = 64 * 1024

export async function readRecords(
  bytes: Buffer,
  options: Omit<Options, 'info' | 'objname' | 'columns'>,
  sliceBytes = SLICE_BYTES,
): Promise<CsvRecord[]> {
  const records: CsvRecord[] = []
  let failure: Error | null = null
  const parser = parse({ ...options, info: true })
  parser.on('data', (record: CsvRecord) => records.push(record))
  const ended = new Promise<void>((resolve) => {
    parser.on('end', resolve)
    parser.on('error', (error: Error) => {
      failure ??= error
      resolve()
    })
  })
  for (let at = 0; at < bytes.length && !failure; at += sliceBytes) {
    parser.write(bytes.subarray(at, at + sliceBytes))
    await yieldToEventLoop()
  }
  if (!failure) parser.end()
  await ended
  if (failure) throw failure
  return records
}
