import * as rows from '../meeting-record-rows';
import type { DecisionRecord, UpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { changeWorkshop, lockWorkshop, updateVersionedChild } from './pg-workshop-change';

/** PostgreSQL side of the meeting record per cycle, the same rows as SQLite; each write locks the workshop's row. */

const SQL = rows.meetingRecordSql({ placeholder: (n) => `$${n}`, insertOrder: 'seq' });

const cycleInWorkshop = async (client: Queryable, workshopId: string, cycleId: string) =>
  ((await client.query(SQL.liveCycle, [cycleId, workshopId])).rowCount ?? 0) > 0;

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
    const stored = await client.query<{ version: number }>(SQL.recordVersion, [cycleId]);
    if (rows.recordIsStale(expectedVersion, stored.rows[0]?.version)) {
      outcome = 'stale';
      return false;
    }
    await client.query(SQL.createRecord, [cycleId, workshopId]);
    await client.query(SQL.changeRecord, rows.recordChangeValues(cycleId, record));
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
    await client.query(SQL.insertDecision, rows.decisionInsertValues(workshopId, cycleId, decision));
    await client.query(SQL.touchWorkshop, [decision.updatedAt, workshopId]);
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
    { ...rows.decisionChange(decision), set: SQL.decisionSet },
    expectedVersion,
  );
}

export async function deleteDecision(db: PgDatabase, workshopId: string, decisionId: string, at: string) {
  return db.transaction(async (client) => {
    const result = await client.query(SQL.deleteDecision, [decisionId, workshopId]);
    if (result.rowCount === 1) await client.query(SQL.touchWorkshop, [at, workshopId]);
    return result.rowCount === 1;
  });
}

/** Meeting records of a workshop for getWorkshop (inside its read transaction). */
export async function readPgMeetingRecords(client: Queryable, workshopId: string) {
  const records = await client.query<rows.MeetingRecordRow>(SQL.recordsOfWorkshop, [workshopId]);
  const decisions = await client.query<rows.DecisionRow>(SQL.decisionsOfWorkshop, [workshopId]);
  return rows.meetingsFromRows(records.rows, decisions.rows);
}
