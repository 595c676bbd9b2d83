import type Database from 'better-sqlite3';
import type { Decision } from '../../../data/contract';
import type { DecisionRecord } from '../workshop-store';

/** SQLite side of the meeting record per cycle; each write also bumps the workshop's updated_at. */

const touch = (db: Database.Database, workshopId: string, at: string) =>
  db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);

const cycleInWorkshop = (db: Database.Database, workshopId: string, cycleId: string) =>
  db.prepare('SELECT 1 FROM cycles WHERE id = ? AND workshop_id = ?').get(cycleId, workshopId) !== undefined;

export function setMeetingRecord(
  db: Database.Database,
  workshopId: string,
  cycleId: string,
  record: { attendance?: string[]; minutes?: string },
  at: string,
): boolean {
  return db
    .transaction(() => {
      if (!cycleInWorkshop(db, workshopId, cycleId)) return false;
      db.prepare(
        `INSERT INTO cycle_records (cycle_id, workshop_id) VALUES (?, ?) ON CONFLICT (cycle_id) DO NOTHING`,
      ).run(cycleId, workshopId);
      db.prepare(
        `UPDATE cycle_records SET attendance_json = coalesce(?, attendance_json), minutes = coalesce(?, minutes)
         WHERE cycle_id = ?`,
      ).run(record.attendance ? JSON.stringify(record.attendance) : null, record.minutes ?? null, cycleId);
      touch(db, workshopId, at);
      return true;
    })
    .immediate();
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

export function updateDecision(db: Database.Database, workshopId: string, decision: DecisionRecord): boolean {
  return db
    .transaction(() => {
      const changed = db
        .prepare(
          `UPDATE decisions SET text = ?, owner_id = ?, review_date = ?, updated_at = ?
           WHERE id = ? AND workshop_id = ?`,
        )
        .run(
          decision.text,
          decision.ownerOrganisationId,
          decision.reviewDate,
          decision.updatedAt,
          decision.id,
          workshopId,
        ).changes;
      if (changed === 1) touch(db, workshopId, decision.updatedAt);
      return changed === 1;
    })
    .immediate();
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
  const records = new Map<string, { attendance: string[]; minutes: string }>();
  const rows = db
    .prepare('SELECT cycle_id, attendance_json, minutes FROM cycle_records WHERE workshop_id = ?')
    .all(workshopId) as { cycle_id: string; attendance_json: string; minutes: string }[];
  for (const row of rows) {
    records.set(row.cycle_id, {
      attendance: JSON.parse(row.attendance_json) as string[],
      minutes: row.minutes,
    });
  }
  const decisions = new Map<string, Decision[]>();
  const decisionRows = db
    .prepare(
      `SELECT id, cycle_id, text, owner_id, review_date, created_at, updated_at FROM decisions
       WHERE workshop_id = ? ORDER BY created_at, rowid`,
    )
    .all(workshopId) as {
    id: string;
    cycle_id: string;
    text: string;
    owner_id: string | null;
    review_date: string | null;
    created_at: string;
    updated_at: string;
  }[];
  for (const row of decisionRows) {
    const list = decisions.get(row.cycle_id) ?? [];
    list.push({
      id: row.id,
      text: row.text,
      ownerOrganisationId: row.owner_id,
      reviewDate: row.review_date,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
    });
    decisions.set(row.cycle_id, list);
  }
  return { records, decisions };
}
