/**
 * The recipients' time-zone column: found by its name (timezone, time_zone, tz, zone,
 * часовой пояс…), read into stored zones (`Europe/Moscow`, `UTC+03:00`). A row whose value is
 * empty or not understood has no zone: it uses the campaign's.
 */
import { normalizeTimeZone } from '@shared/sending/timeZone'

/** Column names, lower case, without spaces, dashes and underscores. */
const ZONE_NAMES = new Set(['timezone', 'tz', 'zone', 'часовойпояс', 'пояс', 'таймзона'])

export function findZoneColumn(names: readonly string[]): string | null {
  return names.find((name) => ZONE_NAMES.has(name.toLowerCase().replace(/[\s_-]+/g, ''))) ?? null
}

/** Reads each distinct text once: a million rows share a handful of zones. */
export class ZoneReader {
  private readonly read = new Map<string, string | null>()

  zoneOf(value: unknown): string | null {
    if (value === null || value === undefined) return null
    const text = String(value)
    let zone = this.read.get(text)
    if (zone === undefined) {
      zone = normalizeTimeZone(text)
      this.read.set(text, zone)
    }
    return zone
  }
}

export interface ZoneSummary {
  column: string
  /** Rows with a zone understood. */
  known: number
  /** Rows without one (empty or not understood): they use the campaign's. */
  unknown: number
  /** A few of the values not understood, as written. */
  examples: string[]
}

const EXAMPLES = 5

/** What the column holds, or null when the rows have no zone column. */
export function summarizeZones(
  rows: readonly { data: Record<string, unknown> }[],
  column: string | null,
  reader = new ZoneReader(),
): ZoneSummary | null {
  if (column === null) return null
  const summary: ZoneSummary = { column, known: 0, unknown: 0, examples: [] }
  for (const row of rows) {
    const value = row.data[column]
    if (reader.zoneOf(value) !== null) {
      summary.known++
      continue
    }
    summary.unknown++
    const text = value === null || value === undefined ? '' : String(value).trim()
    if (text !== '' && summary.examples.length < EXAMPLES && !summary.examples.includes(text)) {
      summary.examples.push(text)
    }
  }
  return summary
}
