/**
 * Time zones as Outbox stores them: an IANA name (`Europe/Moscow`) or a fixed offset written
 * `UTC+03:00`. Luxon (over the platform's Intl data) decides what is valid; nothing here does
 * offset arithmetic of its own.
 */
import { FixedOffsetZone, IANAZone } from 'luxon'

/**
 * `UTC+3`, `GMT-05:30`, `+03:00`, `-0530`, `UTC`: what a spreadsheet's zone column may hold.
 * The sign is a plus, a hyphen or a minus sign (−), escaped: `[+-−]` would be a range.
 */
const OFFSET = /^(?:utc|gmt)?\s*(?:([+\-−])\s*(\d{1,2})(?::?(\d{2}))?)?$/i

/**
 * The zone in its stored form, or null when the text names none. IANA names keep the spelling
 * Intl gives them (`europe/moscow` → `Europe/Moscow`); offsets become `UTC±HH:MM`.
 */
export function normalizeTimeZone(input: string): string | null {
  const text = input.trim()
  if (text === '') return null
  if (/[a-z]\/[a-z]/i.test(text) || /^[a-z_]+$/i.test(text)) {
    if (!IANAZone.isValidZone(text)) return /^(utc|gmt|z)$/i.test(text) ? 'UTC' : null
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: text }).resolvedOptions()
      .timeZone
    return canonical === 'Etc/UTC' || canonical === 'Etc/GMT' ? 'UTC' : canonical
  }
  const match = OFFSET.exec(text)
  if (!match || match[2] === undefined) return null
  const hours = Number(match[2])
  const minutes = Number(match[3] ?? '0')
  const sign = match[1] === '+' ? '+' : '-'
  // Offsets in use run from −12:00 to +14:00.
  const most = sign === '+' ? 14 : 12
  if (minutes > 59 || hours > most || (hours === most && minutes > 0)) return null
  if (hours === 0 && minutes === 0) return 'UTC'
  const pad = (n: number) => String(n).padStart(2, '0')
  const zone = `UTC${sign}${pad(hours)}:${pad(minutes)}`
  return FixedOffsetZone.parseSpecifier(zone) ? zone : null
}

/** The zone this computer is set to (what a new schedule or sending window starts with). */
export function localTimeZone(): string {
  return normalizeTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone) ?? 'UTC'
}
