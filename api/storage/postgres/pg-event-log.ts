import {
  type NewWorkshopEvent,
  type WorkshopEvent,
  type WorkshopEventData,
  WorkshopEventType,
} from '../../../data/contract';
import type { PgDatabase } from './pg-database';

interface EventRow {
  workshop_id: string;
  seq: number;
  type: string;
  subject_id: string | null;
  data_json: string | null;
  at: string;
}

/**
 * PostgreSQL side of the live board's event log. The workshop row is locked while the next seq is taken, so two
 * instances appending at once get seq n+1 and n+2, never the same one.
 */
export async function recordPgEvent(
  database: PgDatabase,
  workshopId: string,
  event: NewWorkshopEvent,
): Promise<WorkshopEvent | null> {
  return database.transaction(async (client) => {
    const workshop = await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR UPDATE', [workshopId]);
    if (!workshop.rowCount) return null;
    const { rows } = await client.query<{ next: number }>(
      'SELECT coalesce(max(seq), 0) + 1 AS next FROM workshop_events WHERE workshop_id = $1',
      [workshopId],
    );
    const seq = rows[0]?.next ?? 1;
    await client.query(
      `INSERT INTO workshop_events (workshop_id, seq, type, subject_id, data_json, at)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [
        workshopId,
        seq,
        event.type,
        event.subjectId,
        event.data === null ? null : JSON.stringify(event.data),
        event.at,
      ],
    );
    return { workshopId, seq, ...event };
  });
}

export async function readPgEventsAfter(
  database: PgDatabase,
  workshopId: string,
  afterSeq: number,
  limit: number,
): Promise<WorkshopEvent[]> {
  const { rows } = await database.query<EventRow>(
    'SELECT * FROM workshop_events WHERE workshop_id = $1 AND seq > $2 ORDER BY seq LIMIT $3',
    [workshopId, afterSeq, limit],
  );
  return rows.map((row) => ({
    workshopId: row.workshop_id,
    seq: row.seq,
    type: WorkshopEventType.parse(row.type),
    subjectId: row.subject_id,
    data: row.data_json === null ? null : (JSON.parse(row.data_json) as WorkshopEventData),
    at: row.at,
  }));
}

export async function latestPgEventSeq(database: PgDatabase, workshopId: string): Promise<number | null> {
  const { rows } = await database.query<{ seq: number }>(
    `SELECT (SELECT coalesce(max(seq), 0) FROM workshop_events WHERE workshop_id = w.id)::int AS seq
     FROM workshops w WHERE w.id = $1`,
    [workshopId],
  );
  return rows[0] ? rows[0].seq : null;
}
