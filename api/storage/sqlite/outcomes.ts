import type Database from 'better-sqlite3';
import type { Outcome } from '../../../data/contract';
import { OUTCOME_SELECT, outcomeColumns, outcomeFromRow, type OutcomeRow } from '../outcome-rows';
import type { OutcomeRecord, OutcomeUpdateResult } from '../outcome-store';

/** SQLite side of the outcomes register (migration 8); each write also bumps the workshop's updated_at. */

const touch = (db: Database.Database, workshopId: string, at: string) =>
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);

const liveWorkshop = (db: Database.Database, workshopId: string) =>
  db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(workshopId) !== undefined;

export function listOutcomes(db: Database.Database, workshopId: string): Outcome[] | null {
  return db.transaction(() => {
    if (!liveWorkshop(db, workshopId)) return null;
    const rows = db
      .prepare(`${OUTCOME_SELECT} WHERE workshop_id = ? ORDER BY created_at, rowid`)
      .all(workshopId) as OutcomeRow[];
    return rows.map(outcomeFromRow);
  })();
}

export function addOutcome(db: Database.Database, workshopId: string, outcome: OutcomeRecord): boolean {
  return db
    .transaction(() => {
      if (!liveWorkshop(db, workshopId)) return false;
      const columns = outcomeColumns(outcome);
      db.prepare(
        `INSERT INTO outcomes (id, workshop_id, statement, action_ids_json, evidence_json, status, version,
           created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, 1, ?, ?)`,
      ).run(
        outcome.id,
        workshopId,
        columns.statement,
        columns.actionIdsJson,
        columns.evidenceJson,
        columns.status,
        outcome.createdAt,
        outcome.updatedAt,
      );
      touch(db, workshopId, outcome.updatedAt);
      return true;
    })
    .immediate();
}

export function updateOutcome(
  db: Database.Database,
  workshopId: string,
  outcome: OutcomeRecord,
  expectedVersion: number,
): OutcomeUpdateResult {
  return db
    .transaction((): OutcomeUpdateResult => {
      const columns = outcomeColumns(outcome);
      const changed = db
        .prepare(
          `UPDATE outcomes SET statement = ?, action_ids_json = ?, evidence_json = ?, status = ?,
             version = version + 1, updated_at = ?
           WHERE id = ? AND workshop_id = ? AND version = ?`,
        )
        .run(
          columns.statement,
          columns.actionIdsJson,
          columns.evidenceJson,
          columns.status,
          outcome.updatedAt,
          outcome.id,
          workshopId,
          expectedVersion,
        ).changes;
      if (changed === 1) {
        touch(db, workshopId, outcome.updatedAt);
        return 'updated';
      }
      const exists = db
        .prepare('SELECT 1 FROM outcomes WHERE id = ? AND workshop_id = ?')
        .get(outcome.id, workshopId);
      return exists ? 'stale' : 'not_found';
    })
    .immediate();
}

export function deleteOutcome(db: Database.Database, workshopId: string, outcomeId: string, at: string) {
  return db
    .transaction(() => {
      const changed = db
        .prepare('DELETE FROM outcomes WHERE id = ? AND workshop_id = ?')
        .run(outcomeId, workshopId).changes;
      if (changed === 1) touch(db, workshopId, at);
      return changed === 1;
    })
    .immediate();
}
