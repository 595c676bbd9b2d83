import type Database from 'better-sqlite3';
import {
  WorkshopEventType,
  type NewWorkshopEvent,
  type WorkshopEvent,
  type WorkshopEventData,
} from '../../../data/contract';

interface EventRow {
  workshop_id: string;
  seq: number;
  type: string;
  subject_id: string | null;
  data_json: string | null;
  at: string;
}

/** SQLite side of the event log; seq is assigned inside BEGIN IMMEDIATE, so two writers never share one. */
export function recordEvent(
  db: Database.Database,
  workshopId: string,
  event: NewWorkshopEvent,
): WorkshopEvent | null {
  return db
    .transaction((): WorkshopEvent | null => {
      if (!db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) return null;
      const { next } = db
        .prepare('SELECT coalesce(max(seq), 0) + 1 AS next FROM workshop_events WHERE workshop_id = ?')
        .get(workshopId) as { next: number };
      db.prepare(
        'INSERT INTO workshop_events (workshop_id, seq, type, subject_id, data_json, at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(
        workshopId,
        next,
        event.type,
        event.subjectId,
        event.data === null ? null : JSON.stringify(event.data),
        event.at,
      );
      return { workshopId, seq: next, ...event };
    })
    .immediate();
}

export function readEventsAfter(
  db: Database.Database,
  workshopId: string,
  afterSeq: number,
  limit: number,
): WorkshopEvent[] {
  const rows = db
    .prepare('SELECT * FROM workshop_events WHERE workshop_id = ? AND seq > ? ORDER BY seq LIMIT ?')
    .all(workshopId, afterSeq, limit) as EventRow[];
  return rows.map(toEvent);
}

export function latestEventSeq(db: Database.Database, workshopId: string): number | null {
  const row = db
    .prepare(
      `SELECT (SELECT coalesce(max(seq), 0) FROM workshop_events WHERE workshop_id = w.id) AS seq
       FROM workshops w WHERE w.id = ?`,
    )
    .get(workshopId) as { seq: number } | undefined;
  return row ? row.seq : null;
}

function toEvent(row: EventRow): WorkshopEvent {
  return {
    workshopId: row.workshop_id,
    seq: row.seq,
    type: WorkshopEventType.parse(row.type),
    subjectId: row.subject_id,
    data: row.data_json === null ? null : (JSON.parse(row.data_json) as WorkshopEventData),
    at: row.at,
  };
}
