import type Database from 'better-sqlite3';
import type { WorkshopWeighting } from '../../../data/contract';
import { WEIGHTING_COLUMNS, WEIGHTING_SELECT, weightingFromRow, weightingValues } from '../weighting-rows';
import type { WeightingRow } from '../weighting-rows';
import type { WeightingRecord, WeightingSaveResult } from '../weighting-store';
import { changeWorkshop } from './workshop-change';

/** SQLite side of stakeholder weightings (migrations 7 and 11); each save also bumps the workshop's updated_at. */

export function listWeightings(db: Database.Database, workshopId: string): WorkshopWeighting[] | null {
  return db.transaction(() => {
    if (!db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(workshopId))
      return null;
    const rows = db
      .prepare(`${WEIGHTING_SELECT} WHERE w.workshop_id = ? ORDER BY o.seq`)
      .all(workshopId) as WeightingRow[];
    return rows.map(weightingFromRow);
  })();
}

export function saveWeighting(
  db: Database.Database,
  workshopId: string,
  weighting: WeightingRecord,
  expectedVersion: number | null,
): WeightingSaveResult {
  let result: WeightingSaveResult = 'not_found';
  changeWorkshop(db, workshopId, weighting.savedAt, () => {
    const organisation = db
      .prepare('SELECT 1 FROM organisations WHERE id = ? AND workshop_id = ? AND removed_at IS NULL')
      .get(weighting.organisationId, workshopId);
    if (!organisation) return false;
    const stored = db
      .prepare('SELECT version FROM workshop_weightings WHERE workshop_id = ? AND organisation_id = ?')
      .get(workshopId, weighting.organisationId) as { version: number } | undefined;
    if (stored === undefined && expectedVersion !== null) return false;
    if (stored !== undefined && stored.version !== expectedVersion) {
      result = 'stale';
      return false;
    }
    const values = weightingValues(weighting);
    if (stored === undefined) {
      db.prepare(
        `INSERT INTO workshop_weightings (workshop_id, organisation_id, ${WEIGHTING_COLUMNS.join(', ')}, version)
         VALUES (?, ?, ${WEIGHTING_COLUMNS.map(() => '?').join(', ')}, 1)`,
      ).run(workshopId, weighting.organisationId, ...values);
    } else {
      db.prepare(
        `UPDATE workshop_weightings SET ${WEIGHTING_COLUMNS.map((c) => `${c} = ?`).join(', ')},
           version = version + 1 WHERE workshop_id = ? AND organisation_id = ?`,
      ).run(...values, workshopId, weighting.organisationId);
    }
    result = 'saved';
    return true;
  });
  return result;
}

export function deleteWeighting(
  db: Database.Database,
  workshopId: string,
  organisationId: string,
  at: string,
): boolean {
  return changeWorkshop(
    db,
    workshopId,
    at,
    () =>
      db
        .prepare('DELETE FROM workshop_weightings WHERE workshop_id = ? AND organisation_id = ?')
        .run(workshopId, organisationId).changes === 1,
  );
}
