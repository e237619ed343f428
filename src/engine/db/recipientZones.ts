/** One statement per function: which of a campaign's columns holds its recipients' time zones. */
import type { Db } from './open'
import { prepared } from './prepared'

/** Written with the recipients: the zone column (null for none) and how many zones it gave. */
export function updateZoneColumn(
  db: Db,
  p: { id: number; column: string | null; known: number },
): void {
  prepared(
    db,
    'UPDATE campaigns SET zone_column = @column, zone_known = @known WHERE id = @id',
  ).run(p)
}

/** A copy's recipients come with their zones, so with the column's name and count too. */
export function copyZoneColumn(db: Db, from: number, to: number): void {
  prepared(
    db,
    `UPDATE campaigns SET (zone_column, zone_known) =
       (SELECT zone_column, zone_known FROM campaigns WHERE id = @from)
     WHERE id = @to`,
  ).run({ from, to })
}
