import type Database from 'better-sqlite3';
import type { UpdateOutcome } from '../workshop-store';

/** Ids and cycles of entries that can still be changed: an entry of a soft-deleted cycle is hidden. */
export const LIVE_ENTRY = `id = ? AND workshop_id = ?
  AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`;

/**
 * Runs a change of a workshop that is not deleted and bumps its updated_at, in one write transaction;
 * false rolls nothing back.
 */
export function changeWorkshop(
  db: Database.Database,
  workshopId: string,
  at: string,
  change: () => boolean,
): boolean {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(workshopId)) {
        return false;
      }
      const done = change();
      if (done) db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
      return done;
    })
    .immediate();
}

/**
 * One UPDATE of a workshop's child row (`set` with `?` for `values`), only from `expectedVersion` when one is
 * given; bumps the row's version. 'stale' when the row is there but has moved on.
 */
export function updateVersionedChild(
  db: Database.Database,
  workshopId: string,
  at: string,
  row: {
    table: 'cycles' | 'organisations' | 'decisions';
    id: string;
    live: string;
    set: string;
    values: unknown[];
  },
  expectedVersion?: number,
): UpdateOutcome {
  let outcome: UpdateOutcome = 'not_found';
  changeWorkshop(db, workshopId, at, () => {
    const where = `id = ? AND workshop_id = ? AND ${row.live}`;
    const result = db
      .prepare(
        `UPDATE ${row.table} SET ${row.set}, version = version + 1 WHERE ${where} AND (? IS NULL OR version = ?)`,
      )
      .run(...row.values, row.id, workshopId, expectedVersion ?? null, expectedVersion ?? null);
    if (result.changes === 1) outcome = 'updated';
    else if (db.prepare(`SELECT 1 FROM ${row.table} WHERE ${where}`).get(row.id, workshopId))
      outcome = 'stale';
    return outcome === 'updated';
  });
  return outcome;
}
