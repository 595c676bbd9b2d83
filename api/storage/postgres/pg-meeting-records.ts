import {
  DECISION_COLUMNS,
  decisionChange,
  type DecisionRow,
  MEETING_RECORD_COLUMNS,
  type MeetingRecordRow,
  meetingsFromRows,
} from '../meeting-record-rows';
import type { DecisionRecord, UpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { changeWorkshop, lockWorkshop, updateVersionedChild } from './pg-workshop-change';

/** PostgreSQL side of the meeting record per cycle, the same rows as SQLite; each write locks the workshop's row. */

const touch = (client: Queryable, workshopId: string, at: string) =>
  client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [at, workshopId]);

const cycleInWorkshop = async (client: Queryable, workshopId: string, cycleId: string) =>
  ((
    await client.query('SELECT 1 FROM cycles WHERE id = $1 AND workshop_id = $2 AND deleted_at IS NULL', [
      cycleId,
      workshopId,
    ])
  ).rowCount ?? 0) > 0;

export async function setMeetingRecord(
  db: PgDatabase,
  workshopId: string,
  cycleId: string,
  record: { attendance?: string[]; minutes?: string },
  at: string,
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  let outcome: UpdateOutcome = 'not_found';
  await changeWorkshop(db, workshopId, at, async (client) => {
    if (!(await cycleInWorkshop(client, workshopId, cycleId))) return false;
    const stored = await client.query<{ version: number }>(
      'SELECT version FROM cycle_records WHERE cycle_id = $1',
      [cycleId],
    );
    if (expectedVersion !== undefined && expectedVersion !== (stored.rows[0]?.version ?? 0)) {
      outcome = 'stale';
      return false;
    }
    await client.query(
      `INSERT INTO cycle_records (cycle_id, workshop_id, version) VALUES ($1, $2, 0)
       ON CONFLICT (cycle_id) DO NOTHING`,
      [cycleId, workshopId],
    );
    await client.query(
      `UPDATE cycle_records SET attendance_json = coalesce($1, attendance_json), minutes = coalesce($2, minutes),
       version = version + 1 WHERE cycle_id = $3`,
      [record.attendance ? JSON.stringify(record.attendance) : null, record.minutes ?? null, cycleId],
    );
    outcome = 'updated';
    return true;
  });
  return outcome;
}

export async function addDecision(
  db: PgDatabase,
  workshopId: string,
  cycleId: string,
  decision: DecisionRecord,
) {
  return db.transaction(async (client) => {
    if (!(await lockWorkshop(client, workshopId)) || !(await cycleInWorkshop(client, workshopId, cycleId)))
      return false;
    await client.query(
      `INSERT INTO decisions (id, workshop_id, cycle_id, text, owner_id, review_date, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        decision.id,
        workshopId,
        cycleId,
        decision.text,
        decision.ownerOrganisationId,
        decision.reviewDate,
        decision.createdAt,
        decision.updatedAt,
      ],
    );
    await touch(client, workshopId, decision.updatedAt);
    return true;
  });
}

export function updateDecision(
  db: PgDatabase,
  workshopId: string,
  decision: DecisionRecord,
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  return updateVersionedChild(
    db,
    workshopId,
    decision.updatedAt,
    { ...decisionChange(decision), set: 'text = $3, owner_id = $4, review_date = $5, updated_at = $6' },
    expectedVersion,
  );
}

export async function deleteDecision(db: PgDatabase, workshopId: string, decisionId: string, at: string) {
  return db.transaction(async (client) => {
    const result = await client.query('DELETE FROM decisions WHERE id = $1 AND workshop_id = $2', [
      decisionId,
      workshopId,
    ]);
    if (result.rowCount === 1) await touch(client, workshopId, at);
    return result.rowCount === 1;
  });
}

/** Meeting records of a workshop for getWorkshop (inside its read transaction). */
export async function readPgMeetingRecords(client: Queryable, workshopId: string) {
  const records = await client.query<MeetingRecordRow>(
    `SELECT ${MEETING_RECORD_COLUMNS} FROM cycle_records WHERE workshop_id = $1`,
    [workshopId],
  );
  const decisions = await client.query<DecisionRow>(
    `SELECT ${DECISION_COLUMNS} FROM decisions WHERE workshop_id = $1 ORDER BY created_at, seq`,
    [workshopId],
  );
  return meetingsFromRows(records.rows, decisions.rows);
}
