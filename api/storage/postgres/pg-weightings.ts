import type { WorkshopWeighting } from '../../../data/contract';
import { WEIGHTING_COLUMNS, WEIGHTING_SELECT, weightingFromRow, weightingValues } from '../weighting-rows';
import type { WeightingRow } from '../weighting-rows';
import type { WeightingRecord, WeightingSaveResult } from '../weighting-store';
import type { PgDatabase } from './pg-database';
import { changeWorkshop } from './pg-workshop-change';

/**
 * PostgreSQL side of stakeholder weightings, the same rows as SQLite. Saves lock the workshop's row first, as
 * every other workshop change does, so two saves for one organisation serialise and the second sees the first.
 */

export async function listPgWeightings(
  db: PgDatabase,
  workshopId: string,
): Promise<WorkshopWeighting[] | null> {
  return db.transaction(async (client) => {
    const live = await client.query('SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL', [
      workshopId,
    ]);
    if (!live.rowCount) return null;
    const { rows } = await client.query<WeightingRow>(
      `${WEIGHTING_SELECT} WHERE w.workshop_id = $1 ORDER BY o.seq`,
      [workshopId],
    );
    return rows.map(weightingFromRow);
  });
}

export async function savePgWeighting(
  db: PgDatabase,
  workshopId: string,
  weighting: WeightingRecord,
  expectedVersion: number | null,
): Promise<WeightingSaveResult> {
  let result: WeightingSaveResult = 'not_found';
  await changeWorkshop(db, workshopId, weighting.savedAt, async (client) => {
    const organisation = await client.query(
      'SELECT 1 FROM organisations WHERE id = $1 AND workshop_id = $2 AND removed_at IS NULL',
      [weighting.organisationId, workshopId],
    );
    if (!organisation.rowCount) return false;
    const stored = await client.query<{ version: number }>(
      'SELECT version FROM workshop_weightings WHERE workshop_id = $1 AND organisation_id = $2',
      [workshopId, weighting.organisationId],
    );
    const version = stored.rows[0]?.version;
    if (version === undefined && expectedVersion !== null) return false;
    if (version !== undefined && version !== expectedVersion) {
      result = 'stale';
      return false;
    }
    const values = weightingValues(weighting);
    const params = (from: number) => WEIGHTING_COLUMNS.map((_, i) => `$${i + from}`);
    if (version === undefined) {
      await client.query(
        `INSERT INTO workshop_weightings (workshop_id, organisation_id, ${WEIGHTING_COLUMNS.join(', ')}, version)
         VALUES ($1, $2, ${params(3).join(', ')}, 1)`,
        [workshopId, weighting.organisationId, ...values],
      );
    } else {
      const set = params(3).map((param, i) => `${WEIGHTING_COLUMNS[i]} = ${param}`);
      await client.query(
        `UPDATE workshop_weightings SET ${set.join(', ')}, version = version + 1
         WHERE workshop_id = $1 AND organisation_id = $2`,
        [workshopId, weighting.organisationId, ...values],
      );
    }
    result = 'saved';
    return true;
  });
  return result;
}

export async function deletePgWeighting(
  db: PgDatabase,
  workshopId: string,
  organisationId: string,
  at: string,
) {
  return changeWorkshop(db, workshopId, at, async (client) => {
    const deleted = await client.query(
      'DELETE FROM workshop_weightings WHERE workshop_id = $1 AND organisation_id = $2',
      [workshopId, organisationId],
    );
    return deleted.rowCount === 1;
  });
}
