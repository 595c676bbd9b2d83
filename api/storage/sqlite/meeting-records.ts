import type Database from 'better-sqlite3';
import {
  DECISION_COLUMNS,
  decisionChange,
  type DecisionRow,
  MEETING_RECORD_COLUMNS,
  type MeetingRecordRow,
  meetingsFromRows,
} from '../meeting-record-rows';
import type { DecisionRecord, UpdateOutcome } from '../workshop-store';
import { changeWorkshop, updateVersionedChild } from './workshop-change';

/** SQLite side of the meeting record per cycle; each write also bumps the workshop's updated_at. */

const touch = (db: Database.Database, workshopId: string, at: string) =>
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);

const LIVE_CYCLE = 'id = ? AND workshop_id = ? AND deleted_at IS NULL';
const cycleInWorkshop = (db: Database.Database, workshopId: string, cycleId: string) =>
  db.prepare(`SELECT 1 FROM cycles WHERE ${LIVE_CYCLE}`).get(cycleId, workshopId) !== undefined;

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
    if (!db.prepare(`SELECT 1 FROM cycles WHERE ${LIVE_CYCLE}`).get(cycleId, workshopId)) return false;
    const stored = db.prepare('SELECT version FROM cycle_records WHERE cycle_id = ?').get(cycleId) as
      { version: number } | undefined;
    if (expectedVersion !== undefined && expectedVersion !== (stored?.version ?? 0)) {
      outcome = 'stale';
      return false;
    }
    db.prepare(
      `INSERT INTO cycle_records (cycle_id, workshop_id, version) VALUES (?, ?, 0) ON CONFLICT (cycle_id) DO NOTHING`,
    ).run(cycleId, workshopId);
    db.prepare(
      `UPDATE cycle_records SET attendance_json = coalesce(?, attendance_json), minutes = coalesce(?, minutes),
       version = version + 1 WHERE cycle_id = ?`,
    ).run(record.attendance ? JSON.stringify(record.attendance) : null, record.minutes ?? null, cycleId);
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
      db.prepare(
        `INSERT INTO decisions (id, workshop_id, cycle_id, text, owner_id, review_date, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        decision.id,
        workshopId,
        cycleId,
        decision.text,
        decision.ownerOrganisationId,
        decision.reviewDate,
        decision.createdAt,
        decision.updatedAt,
      );
      touch(db, workshopId, decision.updatedAt);
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
    { ...decisionChange(decision), set: 'text = ?, owner_id = ?, review_date = ?, updated_at = ?' },
    expectedVersion,
  );
}

export function deleteDecision(db: Database.Database, workshopId: string, decisionId: string, at: string) {
  return db
    .transaction(() => {
      const changed = db
        .prepare('DELETE FROM decisions WHERE id = ? AND workshop_id = ?')
        .run(decisionId, workshopId).changes;
      if (changed === 1) touch(db, workshopId, at);
      return changed === 1;
    })
    .immediate();
}

/** The meeting records of all cycles of a workshop, for readWorkshop (inside its read transaction). */
export function readMeetingRecords(db: Database.Database, workshopId: string) {
  const records = db
    .prepare(`SELECT ${MEETING_RECORD_COLUMNS} FROM cycle_records WHERE workshop_id = ?`)
    .all(workshopId) as MeetingRecordRow[];
  const decisions = db
    .prepare(`SELECT ${DECISION_COLUMNS} FROM decisions WHERE workshop_id = ? ORDER BY created_at, rowid`)
    .all(workshopId) as DecisionRow[];
  return meetingsFromRows(records, decisions);
}
