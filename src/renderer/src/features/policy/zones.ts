/**
 * The time zones the picker offers: every zone this computer's Intl knows, in the stored
 * spelling, each labelled with its offset at a given moment (`format/zoneName`).
 */
import { normalizeTimeZone } from '@shared/sending/timeZone'
import { zoneWithOffset } from '@renderer/format/zoneName'

export interface ZoneOption {
  value: string
  label: string
}

let known: readonly string[] | null = null

/** Every IANA zone (in the spelling `normalizeTimeZone` stores) plus UTC, sorted; computed once. */
export function allTimeZones(): readonly string[] {
  if (known) return known
  const names = Intl.supportedValuesOf('timeZone')
    .map((name) => normalizeTimeZone(name))
    .filter((zone): zone is string => zone !== null)
  known = [...new Set(['UTC', ...names])].sort((a, b) => a.localeCompare(b, 'en'))
  return known
}

/**
 * The picker's list: the computer's zone first (marked), then the chosen zone when the list
 * lacks it (a fixed offset), then every other zone.
 */
export function zoneOptions(
  at: number,
  local: string,
  chosen: string | null,
  thisComputer: string,
): ZoneOption[] {
  const listed = listedZones(at, local, thisComputer)
  const extra =
    chosen && !listed.some((o) => o.value === chosen)
      ? [{ value: chosen, label: zoneWithOffset(chosen, at) }]
      : []
  return [listed[0]!, ...extra, ...listed.slice(1)]
}

/** The last list made: labelling four hundred zones is worth doing once per moment. */
let lastList: { key: string; options: ZoneOption[] } | null = null

function listedZones(at: number, local: string, thisComputer: string): ZoneOption[] {
  const key = `${at}|${local}|${thisComputer}`
  if (lastList?.key === key) return lastList.options
  const options = [
    { value: local, label: `${zoneWithOffset(local, at)} — ${thisComputer}` },
    ...allTimeZones()
      .filter((z) => z !== local)
      .map((z) => ({ value: z, label: zoneWithOffset(z, at) })),
  ]
  lastList = { key, options }
  return options
}

/** Lower case, underscores as spaces: "new york" finds America/New_York. */
const folded = (text: string) => text.toLocaleLowerCase('en').replace(/_/g, ' ')

/** An offset typed in the search box (`UTC+3`, `+05:30`) the list lacks, as an option of its own. */
export function typedOffset(options: readonly ZoneOption[], search: string): ZoneOption | null {
  const typed = normalizeTimeZone(search)
  if (!typed || !/^UTC[+-]/.test(typed) || options.some((o) => o.value === typed)) return null
  return { value: typed, label: typed }
}

/**
 * What the search box keeps: first the zone the text names exactly (`utc+3` is `UTC+03:00`,
 * `europe/moscow` is `Europe/Moscow`), then every option whose label holds the typed words.
 */
export function filterZones<Option extends ZoneOption>(
  options: readonly Option[],
  search: string,
): Option[] {
  const needle = folded(search.trim())
  if (needle === '') return [...options]
  const typed = normalizeTimeZone(search)
  const exact = options.filter((o) => o.value === typed)
  return [
    ...exact,
    ...options.filter((o) => !exact.includes(o) && folded(o.label).includes(needle)),
  ]
}
