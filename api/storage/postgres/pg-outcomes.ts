import type { Outcome } from '../../../data/contract';
import { OUTCOME_SELECT, outcomeColumns, outcomeFromRow, type OutcomeRow } from '../outcome-rows';
import type { OutcomeRecord, OutcomeUpdateResult } from '../outcome-store';
import type { PgDatabase } from './pg-database';
import { changeWorkshop, lockWorkshop } from './pg-workshop-change';

/**
 * PostgreSQL side of the outcomes register (migration 8), the same rows as SQLite. Writes lock the workshop's row
 * first, as every other workshop change does, so they serialise with a concurrent delete of the workshop.
 */

export async function listPgOutcomes(db: PgDatabase, workshopId: string): Promise<Outcome[] | null> {
  return db.transaction(async (client) => {
    const live = await client.query('SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL', [
      workshopId,
    ]);
    if (!live.rowCount) return null;
    const { rows } = await client.query<OutcomeRow>(
      `${OUTCOME_SELECT} WHERE workshop_id = $1 ORDER BY created_at, seq`,
      [workshopId],
    );
    return rows.map(outcomeFromRow);
  });
}

export async function addPgOutcome(db: PgDatabase, workshopId: string, outcome: OutcomeRecord) {
  return changeWorkshop(db, workshopId, outcome.updatedAt, async (client) => {
    const columns = outcomeColumns(outcome);
    await client.query(
      `INSERT INTO outcomes (id, workshop_id, statement, action_ids_json, evidence_json, status, version,
         created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8)`,
      [
        outcome.id,
        workshopId,
        columns.statement,
        columns.actionIdsJson,
        columns.evidenceJson,
        columns.status,
        outcome.createdAt,
        outcome.updatedAt,
      ],
    );
    return true;
  });
}

export async function updatePgOutcome(
  db: PgDatabase,
  workshopId: string,
  outcome: OutcomeRecord,
  expectedVersion: number,
): Promise<OutcomeUpdateResult> {
  return db.transaction(async (client): Promise<OutcomeUpdateResult> => {
    if (!(await lockWorkshop(client, workshopId))) return 'not_found';
    const columns = outcomeColumns(outcome);
    const result = await client.query(
      `UPDATE outcomes SET statement = $1, action_ids_json = $2, evidence_json = $3, status = $4,
         version = version + 1, updated_at = $5
       WHERE id = $6 AND workshop_id = $7 AND version = $8`,
      [
        columns.statement,
        columns.actionIdsJson,
        columns.evidenceJson,
        columns.status,
        outcome.updatedAt,
        outcome.id,
        workshopId,
        expectedVersion,
      ],
    );
    if (result.rowCount === 1) {
      await client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [
        outcome.updatedAt,
        workshopId,
      ]);
      return 'updated';
    }
    const exists = await client.query('SELECT 1 FROM outcomes WHERE id = $1 AND workshop_id = $2', [
      outcome.id,
      workshopId,
    ]);
    return exists.rowCount ? 'stale' : 'not_found';
  });
}

export async function deletePgOutcome(db: PgDatabase, workshopId: string, outcomeId: string, at: string) {
  return changeWorkshop(db, workshopId, at, async (client) => {
    const result = await client.query('DELETE FROM outcomes WHERE id = $1 AND workshop_id = $2', [
      outcomeId,
      workshopId,
    ]);
    return result.rowCount === 1;
  });
}
