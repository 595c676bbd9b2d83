import type Database from 'better-sqlite3';
import * as rows from '../meeting-record-rows';
import type { DecisionRecord, UpdateOutcome } from '../workshop-store';
import { changeWorkshop, updateVersionedChild } from './workshop-change';

/** SQLite side of the meeting record per cycle; each write also bumps the workshop's updated_at. */

const SQL = rows.meetingRecordSql({ placeholder: () => '?', insertOrder: 'rowid' });

const cycleInWorkshop = (db: Database.Database, workshopId: string, cycleId: string) =>
  db.prepare(SQL.liveCycle).get(cycleId, workshopId) !== undefined;

export function setMeetingRecord(
  db: Database.Database,
  workshopId: string,
  cycleId: string,
  record: { attendance?: string[]; minutes?: string },
  at: string,
  expectedVersion?: number,
): UpdateOutcome {
  let outcome: UpdateOutcome = 'not_found';
  changeWorkshop(db, workshopId, at, () => {
    if (!cycleInWorkshop(db, workshopId, cycleId)) return false;
    const stored = db.prepare(SQL.recordVersion).get(cycleId) as { version: number } | undefined;
    if (rows.recordIsStale(expectedVersion, stored?.version)) {
      outcome = 'stale';
      return false;
    }
    db.prepare(SQL.createRecord).run(cycleId, workshopId);
    db.prepare(SQL.changeRecord).run(...rows.recordChangeValues(cycleId, record));
    outcome = 'updated';
    return true;
  });
  return outcome;
}

export function addDecision(
  db: Database.Database,
  workshopId: string,
  cycleId: string,
  decision: DecisionRecord,
): boolean {
  return db
    .transaction(() => {
      if (!cycleInWorkshop(db, workshopId, cycleId)) return false;
      db.prepare(SQL.insertDecision).run(...rows.decisionInsertValues(workshopId, cycleId, decision));
      db.prepare(SQL.touchWorkshop).run(decision.updatedAt, workshopId);
      return true;
    })
    .immediate();
}

export function updateDecision(
  db: Database.Database,
  workshopId: string,
  decision: DecisionRecord,
  expectedVersion?: number,
): UpdateOutcome {
  return updateVersionedChild(
    db,
    workshopId,
    decision.updatedAt,
    { ...rows.decisionChange(decision), set: SQL.decisionSet },
    expectedVersion,
  );
}

export function deleteDecision(db: Database.Database, workshopId: string, decisionId: string, at: string) {
  return db
    .transaction(() => {
      const changed = db.prepare(SQL.deleteDecision).run(decisionId, workshopId).changes;
      if (changed === 1) db.prepare(SQL.touchWorkshop).run(at, workshopId);
      return changed === 1;
    })
    .immediate();
}

/** The meeting records of all cycles of a workshop, for readWorkshop (inside its read transaction). */
export function readMeetingRecords(db: Database.Database, workshopId: string) {
  const records = db.prepare(SQL.recordsOfWorkshop).all(workshopId) as rows.MeetingRecordRow[];
  const decisions = db.prepare(SQL.decisionsOfWorkshop).all(workshopId) as rows.DecisionRow[];
  return rows.meetingsFromRows(records, decisions);
}
