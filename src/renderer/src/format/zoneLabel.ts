/** `America/New_York` → `America/New York`: a time zone's name as a person reads it. */
export function zoneLabel(zone: string): string {
  return zone.replace(/_/g, ' ')
}
