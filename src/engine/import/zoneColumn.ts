/**
 * The recipients' time-zone column: found by its header (`timezone`, `tz`, `часовой пояс`…),
 * each value read by `normalizeTimeZone` (an IANA name or a UTC offset). The column stays a
 * template variable like any other; the zone goes to `recipients.zone` beside it.
 */
import type { RecipientFilePreview } from '@shared/contract'
import { normalizeTimeZone } from '@shared/sending/timeZone'

const ZONE_HEADER = /^(time[ _-]?zone|tz|zone|часовой[ _]пояс|пояс)$/iu
/** Values not understood, shown as written so the user can see what to fix. */
const EXAMPLES = 5

/** The first of the names that says "time zone" (trimmed, any case), or null. */
export function findZoneColumn(names: Iterable<string>): string | null {
  for (const name of names) if (ZONE_HEADER.test(name.trim())) return name
  return null
}

/** A recipient's zone in its stored form; null without the column, or for a blank or junk. */
export function zoneOf(data: Record<string, unknown>, column: string | null): string | null {
  if (column === null) return null
  const value = data[column]
  return typeof value === 'string' ? normalizeTimeZone(value) : null
}

/** How many recipients carry a zone understood, how many will use the campaign's. */
export function summarizeZones(
  recipients: readonly { data: Record<string, unknown> }[],
  column: string | null,
): RecipientFilePreview['timeZones'] {
  if (column === null) return null
  let known = 0
  const examples = new Set<string>()
  for (const { data } of recipients) {
    if (zoneOf(data, column) !== null) known++
    else {
      const value = data[column]
      const written = typeof value === 'string' ? value.trim() : ''
      if (written !== '' && examples.size < EXAMPLES) examples.add(written)
    }
  }
  return { column, known, unknown: recipients.length - known, examples: [...examples] }
}
