import type Database from 'better-sqlite3';

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
