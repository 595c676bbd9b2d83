import type pg from 'pg';
import { entryColumns, LINK_INSERT_COLUMNS, linkValues } from '../workshop-rows';
import type { EntryRecord, EntryUpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { changeWorkshop, LIVE_ENTRY } from './pg-workshop-change';

/** PostgreSQL side of entries, their indicator links and the facilitator's anonymous dots. */

async function insertLinks(client: Queryable, entry: EntryRecord): Promise<void> {
  for (const values of linkValues(entry)) {
    await client.query(
      `INSERT INTO indicator_links (${LINK_INSERT_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      values,
    );
  }
}

export function addEntry(db: PgDatabase, workshopId: string, entry: EntryRecord): Promise<boolean> {
  return changeWorkshop(db, workshopId, entry.updatedAt, async (client) => {
    const cycle = await client.query(
      'SELECT 1 FROM cycles WHERE id = $1 AND workshop_id = $2 AND deleted_at IS NULL',
      [entry.cycleId, workshopId],
    );
    if (!cycle.rowCount) return false;
    const c = entryColumns(entry);
    await client.query(
      `INSERT INTO entries (id, workshop_id, cycle_id, kind, text, organisation_id, theme, action_owner_id,
         action_due_date, action_status, build_id, created_at, updated_at, version, author_participant_id,
         map_view_json)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, 1, $14, $15)`,
      [
        c.id,
        workshopId,
        c.cycleId,
        c.kind,
        c.text,
        c.organisationId,
        c.theme,
        c.owner,
        c.due,
        c.status,
        c.buildId,
        c.createdAt,
        c.updatedAt,
        entry.authorParticipantId,
        c.mapView,
      ],
    );
    await insertLinks(client, entry);
    return true;
  });
}

export async function updateEntry(
  db: PgDatabase,
  workshopId: string,
  entry: EntryRecord,
  expectedVersion: number,
): Promise<EntryUpdateOutcome> {
  let outcome: EntryUpdateOutcome = 'not_found';
  await changeWorkshop(db, workshopId, entry.updatedAt, async (client) => {
    const c = entryColumns(entry);
    const result = await client.query(
      `UPDATE entries SET text = $3, organisation_id = $4, theme = $5, action_owner_id = $6,
         action_due_date = $7, action_status = $8, updated_at = $9, map_view_json = $11, version = version + 1
       WHERE ${LIVE_ENTRY} AND version = $10`,
      [
        c.id,
        workshopId,
        c.text,
        c.organisationId,
        c.theme,
        c.owner,
        c.due,
        c.status,
        c.updatedAt,
        expectedVersion,
        c.mapView,
      ],
    );
    if (result.rowCount !== 1) {
      const exists = await client.query(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`, [entry.id, workshopId]);
      outcome = exists.rowCount ? 'stale' : 'not_found';
      return false;
    }
    await client.query('DELETE FROM indicator_links WHERE entry_id = $1', [entry.id]);
    await insertLinks(client, entry);
    outcome = 'updated';
    return true;
  });
  return outcome;
}

export function deleteEntry(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  at: string,
): Promise<boolean> {
  return changeWorkshop(db, workshopId, at, async (client) => {
    const result = await client.query(`DELETE FROM entries WHERE ${LIVE_ENTRY}`, [entryId, workshopId]);
    return result.rowCount === 1;
  });
}

async function changeVotes(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  at: string,
  change: (client: pg.PoolClient) => Promise<unknown>,
): Promise<number | null> {
  let tally: number | null = null;
  await changeWorkshop(db, workshopId, at, async (client) => {
    if (!(await client.query(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`, [entryId, workshopId])).rowCount)
      return false;
    await change(client);
    const { rows } = await client.query<{ n: number }>(
      'SELECT COUNT(*)::int AS n FROM votes WHERE entry_id = $1',
      [entryId],
    );
    tally = rows[0]?.n ?? 0;
    return true;
  });
  return tally;
}

export function addVote(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  voteId: string,
  at: string,
): Promise<number | null> {
  return changeVotes(db, workshopId, entryId, at, (client) =>
    client.query('INSERT INTO votes (id, entry_id, created_at) VALUES ($1, $2, $3)', [voteId, entryId, at]),
  );
}

export function removeVote(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  at: string,
): Promise<number | null> {
  return changeVotes(db, workshopId, entryId, at, (client) =>
    client.query(
      `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = $1
         ORDER BY created_at DESC LIMIT 1)`,
      [entryId],
    ),
  );
}
