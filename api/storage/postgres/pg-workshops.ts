import type { Cycle, Workshop } from '../../../data/contract';
import { assembleWorkshop, type EntryRow, type LinkRow, type WorkshopRow } from '../workshop-rows';
import type { NewWorkshopRecord, UpdateOutcome, WorkshopOutline, WorkshopPatch } from '../workshop-store';
import { insertCycle } from './pg-cycles';
import type { PgDatabase } from './pg-database';
import { readPgMeetingRecords } from './pg-meeting-records';
import { insertOrganisation } from './pg-organisations';

/** PostgreSQL side of the workshop row itself: create, read whole, patch, soft delete and purge. */

export async function createWorkshop(db: PgDatabase, record: NewWorkshopRecord): Promise<void> {
  await db.transaction(async (client) => {
    await client.query(
      `INSERT INTO workshops (id, title, municipalities_json, recommendations, edit_token_hash, created_at,
         updated_at, participant_token_hash) VALUES ($1, $2, $3, '', $4, $5, $5, $6)`,
      [
        record.id,
        record.title,
        JSON.stringify(record.municipalities),
        record.editTokenHash,
        record.createdAt,
        record.participantTokenHash,
      ],
    );
    for (const [seq, organisation] of record.organisations.entries()) {
      await insertOrganisation(client, record.id, organisation, seq);
    }
    for (const cycle of record.cycles) await insertCycle(client, record.id, cycle);
  });
}

/** One workshop in one repeatable-read snapshot, so its parts are consistent. */
export async function getWorkshop(db: PgDatabase, id: string): Promise<Workshop | null> {
  return db.transaction(async (client) => {
    const workshop = (
      await client.query<WorkshopRow>('SELECT * FROM workshops WHERE id = $1 AND deleted_at IS NULL', [id])
    ).rows[0];
    if (!workshop) return null;
    const organisations = await client.query<Workshop['organisations'][number]>(
      `SELECT id, name, kind, removed_at AS "removedAt", version FROM organisations WHERE workshop_id = $1 ORDER BY seq`,
      [id],
    );
    const cycles = await client.query<Omit<Cycle, 'entries'>>(
      `SELECT id, number, date, title, version FROM cycles WHERE workshop_id = $1 AND deleted_at IS NULL
       ORDER BY number`,
      [id],
    );
    const entries = await client.query<EntryRow>(
      `SELECT e.*, (SELECT COUNT(*) FROM votes v WHERE v.entry_id = e.id)::int AS votes
       FROM entries e WHERE e.workshop_id = $1 ORDER BY e.created_at, e.seq`,
      [id],
    );
    const links = await client.query<LinkRow>(
      `SELECT l.* FROM indicator_links l JOIN entries e ON e.id = l.entry_id
       WHERE e.workshop_id = $1 ORDER BY l.entry_id, l.seq`,
      [id],
    );
    return assembleWorkshop({
      workshop,
      organisations: organisations.rows,
      cycles: cycles.rows,
      entries: entries.rows,
      links: links.rows,
      meetings: await readPgMeetingRecords(client, id),
    });
  }, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
}

/** The live cycles and organisations of a workshop in one statement (one round trip, one snapshot). */
export async function getWorkshopOutline(db: PgDatabase, id: string): Promise<WorkshopOutline | null> {
  const { rows } = await db.query<WorkshopOutline>(
    `SELECT
       (SELECT coalesce(json_agg(json_build_object('id', c.id, 'number', c.number, 'date', c.date)
          ORDER BY c.number), '[]') FROM cycles c WHERE c.workshop_id = w.id AND c.deleted_at IS NULL) AS cycles,
       (SELECT coalesce(json_agg(json_build_object('id', o.id, 'removedAt', o.removed_at) ORDER BY o.seq), '[]')
          FROM organisations o WHERE o.workshop_id = w.id) AS organisations
     FROM workshops w WHERE w.id = $1 AND w.deleted_at IS NULL`,
    [id],
  );
  return rows[0] ?? null;
}

export async function getEditTokenHash(db: PgDatabase, id: string): Promise<Buffer | null> {
  const { rows } = await db.query<{ edit_token_hash: Buffer }>(
    'SELECT edit_token_hash FROM workshops WHERE id = $1',
    [id],
  );
  return rows[0]?.edit_token_hash ?? null;
}

export async function updateWorkshop(
  db: PgDatabase,
  id: string,
  patch: WorkshopPatch,
  updatedAt: string,
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  const result = await db.query(
    `UPDATE workshops SET title = coalesce($1, title), municipalities_json = coalesce($2, municipalities_json),
       recommendations = coalesce($3, recommendations), updated_at = $4,
       dots_per_participant = coalesce($6, dots_per_participant), version = version + 1
     WHERE id = $5 AND deleted_at IS NULL AND ($7::integer IS NULL OR version = $7)`,
    [
      patch.title ?? null,
      patch.municipalities ? JSON.stringify(patch.municipalities) : null,
      patch.recommendations ?? null,
      updatedAt,
      id,
      patch.dotsPerParticipant ?? null,
      expectedVersion ?? null,
    ],
  );
  if (result.rowCount === 1) return 'updated';
  const exists = await db.query('SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL', [id]);
  return exists.rowCount ? 'stale' : 'not_found';
}

export async function deleteWorkshop(db: PgDatabase, id: string, at: string): Promise<boolean> {
  const result = await db.query('UPDATE workshops SET deleted_at = $1 WHERE id = $2 AND deleted_at IS NULL', [
    at,
    id,
  ]);
  return result.rowCount === 1;
}

export async function restoreWorkshop(
  db: PgDatabase,
  id: string,
  deletedSince: string,
  at: string,
): Promise<boolean> {
  const result = await db.query(
    'UPDATE workshops SET deleted_at = NULL, updated_at = $1 WHERE id = $2 AND deleted_at >= $3',
    [at, id, deletedSince],
  );
  return result.rowCount === 1;
}

export async function purgeDeleted(db: PgDatabase, deletedBefore: string): Promise<number> {
  return db.transaction(async (client) => {
    const cycles = await client.query('DELETE FROM cycles WHERE deleted_at < $1', [deletedBefore]);
    const workshops = await client.query('DELETE FROM workshops WHERE deleted_at < $1', [deletedBefore]);
    return (cycles.rowCount ?? 0) + (workshops.rowCount ?? 0);
  });
}
