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

export const MEETING_RECORD_COLUMNS = 'cycle_id, attendance_json, minutes, version';
export const DECISION_COLUMNS = 'id, cycle_id, text, owner_id, review_date, created_at, updated_at, version';

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
