import type Database from 'better-sqlite3';
import type { CycleRecord, NewCycleRecord, UpdateOutcome } from '../workshop-store';
import { changeWorkshop, updateVersionedChild } from './workshop-change';

/** SQLite side of a workshop's cycles: numbered in the write transaction, soft-deleted and restorable. */

export function insertCycle(db: Database.Database, workshopId: string, cycle: CycleRecord): void {
  db.prepare('INSERT INTO cycles (id, workshop_id, number, date, title) VALUES (?, ?, ?, ?, ?)').run(
    cycle.id,
    workshopId,
    cycle.number,
    cycle.date,
    cycle.title,
  );
}

export function addCycle(
  db: Database.Database,
  workshopId: string,
  cycle: NewCycleRecord,
  at: string,
): number | 'not_found' {
  let number = 0;
  const added = changeWorkshop(db, workshopId, at, () => {
    // Deleted cycles keep their number, so a restored one never collides with a newer one.
    number = (
      db
        .prepare('SELECT coalesce(max(number), 0) + 1 AS next FROM cycles WHERE workshop_id = ?')
        .get(workshopId) as { next: number }
    ).next;
    insertCycle(db, workshopId, { ...cycle, number });
    return true;
  });
  return added ? number : 'not_found';
}

/** Runs one UPDATE of a cycle of this workshop inside the workshop's write transaction. */
function changeCycle(db: Database.Database, workshopId: string, at: string, sql: string, values: unknown[]) {
  return changeWorkshop(db, workshopId, at, () => db.prepare(sql).run(...values).changes === 1);
}

export function updateCycle(
  db: Database.Database,
  workshopId: string,
  cycle: CycleRecord,
  at: string,
  expectedVersion?: number,
): UpdateOutcome {
  const row = {
    table: 'cycles',
    id: cycle.id,
    live: 'deleted_at IS NULL',
    set: 'date = ?, title = ?',
  } as const;
  return updateVersionedChild(
    db,
    workshopId,
    at,
    { ...row, values: [cycle.date, cycle.title] },
    expectedVersion,
  );
}

export function deleteCycle(db: Database.Database, workshopId: string, cycleId: string, at: string) {
  return changeCycle(
    db,
    workshopId,
    at,
    'UPDATE cycles SET deleted_at = ? WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL',
    [at, cycleId, workshopId],
  );
}

export function restoreCycle(
  db: Database.Database,
  workshopId: string,
  cycleId: string,
  deletedSince: string,
  at: string,
) {
  return changeCycle(
    db,
    workshopId,
    at,
    'UPDATE cycles SET deleted_at = NULL WHERE id = ? AND workshop_id = ? AND deleted_at >= ?',
    [cycleId, workshopId, deletedSince],
  );
}
