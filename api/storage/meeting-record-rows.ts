import type { Decision } from '../../data/contract';
import type { DecisionRecord } from './workshop-store';

/** The meeting-record rows as both stores read them, and how they become the cycles' records and decisions. */

export interface MeetingRecordRow {
  cycle_id: string;
  attendance_json: string;
  minutes: string;
  version: number;
}

export interface DecisionRow {
  id: string;
  cycle_id: string;
  text: string;
  owner_id: string | null;
  review_date: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export interface MeetingRecord {
  attendance: string[];
  minutes: string;
  version: number;
}

const MEETING_RECORD_COLUMNS = 'cycle_id, attendance_json, minutes, version';
const DECISION_COLUMNS = 'id, cycle_id, text, owner_id, review_date, created_at, updated_at, version';

/**
 * The meeting record's statements, written once for both dialects: `placeholder(n)` is `?` in SQLite (bound in
 * order) and `$n` in PostgreSQL; `insertOrder` is the column that keeps decisions added in the same millisecond
 * in the order they came (SQLite's rowid, PostgreSQL's seq).
 */
export function meetingRecordSql(dialect: {
  placeholder: (n: number) => string;
  insertOrder: 'rowid' | 'seq';
}) {
  const p = dialect.placeholder;
  return {
    liveCycle: `SELECT 1 FROM cycles WHERE id = ${p(1)} AND workshop_id = ${p(2)} AND deleted_at IS NULL`,
    recordVersion: `SELECT version FROM cycle_records WHERE cycle_id = ${p(1)}`,
    // A record not written yet is version 0, so the first write is versioned like every other.
    createRecord: `INSERT INTO cycle_records (cycle_id, workshop_id, version) VALUES (${p(1)}, ${p(2)}, 0)
      ON CONFLICT (cycle_id) DO NOTHING`,
    changeRecord: `UPDATE cycle_records SET attendance_json = coalesce(${p(1)}, attendance_json),
      minutes = coalesce(${p(2)}, minutes), version = version + 1 WHERE cycle_id = ${p(3)}`,
    insertDecision: `INSERT INTO decisions (id, workshop_id, cycle_id, text, owner_id, review_date, created_at,
      updated_at) VALUES (${[1, 2, 3, 4, 5, 6, 7, 8].map(p).join(', ')})`,
    /** The `set` of updateVersionedChild: its values follow the row's id and workshop id. */
    decisionSet: `text = ${p(3)}, owner_id = ${p(4)}, review_date = ${p(5)}, updated_at = ${p(6)}`,
    deleteDecision: `DELETE FROM decisions WHERE id = ${p(1)} AND workshop_id = ${p(2)}`,
    touchWorkshop: `UPDATE workshops SET updated_at = ${p(1)} WHERE id = ${p(2)}`,
    recordsOfWorkshop: `SELECT ${MEETING_RECORD_COLUMNS} FROM cycle_records WHERE workshop_id = ${p(1)}`,
    decisionsOfWorkshop: `SELECT ${DECISION_COLUMNS} FROM decisions WHERE workshop_id = ${p(1)}
      ORDER BY created_at, ${dialect.insertOrder}`,
  };
}

/** Values of `changeRecord`: what is not given stays as stored. */
export const recordChangeValues = (cycleId: string, record: { attendance?: string[]; minutes?: string }) => [
  record.attendance ? JSON.stringify(record.attendance) : null,
  record.minutes ?? null,
  cycleId,
];

/** Values of `insertDecision`. */
export const decisionInsertValues = (workshopId: string, cycleId: string, decision: DecisionRecord) => [
  decision.id,
  workshopId,
  cycleId,
  decision.text,
  decision.ownerOrganisationId,
  decision.reviewDate,
  decision.createdAt,
  decision.updatedAt,
];

/** A write from another version than the stored one (0: none stored yet) changes nothing. */
export const recordIsStale = (expectedVersion: number | undefined, storedVersion: number | undefined) =>
  expectedVersion !== undefined && expectedVersion !== (storedVersion ?? 0);

/** Records by cycle id and decisions by cycle id (in the order the rows come). */
export function meetingsFromRows(recordRows: MeetingRecordRow[], decisionRows: DecisionRow[]) {
  const records = new Map<string, MeetingRecord>();
  for (const row of recordRows) {
    records.set(row.cycle_id, {
      attendance: JSON.parse(row.attendance_json) as string[],
      minutes: row.minutes,
      version: row.version,
    });
  }
  const decisions = new Map<string, Decision[]>();
  for (const row of decisionRows) {
    const list = decisions.get(row.cycle_id) ?? [];
    list.push({
      id: row.id,
      text: row.text,
      ownerOrganisationId: row.owner_id,
      reviewDate: row.review_date,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      version: row.version,
    });
    decisions.set(row.cycle_id, list);
  }
  return { records, decisions };
}

/** What a decision's versioned UPDATE changes, in both stores (each writes its own `set` placeholders). */
export const decisionChange = (decision: DecisionRecord) => ({
  table: 'decisions' as const,
  id: decision.id,
  // A decision of a soft-deleted cycle is hidden, like the cycle's entries.
  live: 'cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)',
  values: [decision.text, decision.ownerOrganisationId, decision.reviewDate, decision.updatedAt],
});
