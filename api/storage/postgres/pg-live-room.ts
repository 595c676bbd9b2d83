import type { WorkshopRole } from '../../../data/contract';
import type { ParticipantRecord, StoredResponse } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { lockWorkshop } from './pg-workshop-change';

/**
 * PostgreSQL side of the live room (roles, dots, idempotent answers), the same rows as SQLite.
 * Writes that count or number lock the workshop's row first (`FOR UPDATE`), so concurrent votes serialise.
 */

const touch = (client: Queryable, workshopId: string, at: string) =>
  client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [at, workshopId]);
const tally = async (client: Queryable, entryId: string) =>
  (await client.query<{ n: number }>('SELECT COUNT(*)::int AS n FROM votes WHERE entry_id = $1', [entryId]))
    .rows[0]?.n ?? 0;

export async function getParticipantTokenHash(db: PgDatabase, id: string): Promise<Buffer | null> {
  const { rows } = await db.query<{ hash: Buffer | null }>(
    'SELECT participant_token_hash AS hash FROM workshops WHERE id = $1',
    [id],
  );
  return rows[0]?.hash ?? null;
}

export async function setTokenHash(db: PgDatabase, id: string, role: WorkshopRole, hash: Buffer, at: string) {
  const column = role === 'facilitator' ? 'edit_token_hash' : 'participant_token_hash';
  const result = await db.query(`UPDATE workshops SET ${column} = $1, updated_at = $2 WHERE id = $3`, [
    hash,
    at,
    id,
  ]);
  return result.rowCount === 1;
}

export async function addParticipant(db: PgDatabase, workshopId: string, participant: ParticipantRecord) {
  return db.transaction(async (client) => {
    if (!(await lockWorkshop(client, workshopId))) return false;
    await client.query(
      `INSERT INTO participants (id, workshop_id, voter_key_hash, organisation_id, joined_at)
       VALUES ($1, $2, $3, $4, $5)`,
      [
        participant.id,
        workshopId,
        participant.voterKeyHash,
        participant.organisationId,
        participant.joinedAt,
      ],
    );
    return true;
  });
}

export async function findParticipantByKey(
  db: PgDatabase,
  workshopId: string,
  voterKeyHash: Buffer,
): Promise<ParticipantRecord | null> {
  const { rows } = await db.query<{ id: string; organisation_id: string | null; joined_at: string }>(
    'SELECT id, organisation_id, joined_at FROM participants WHERE workshop_id = $1 AND voter_key_hash = $2',
    [workshopId, voterKeyHash],
  );
  const row = rows[0];
  return row
    ? { id: row.id, voterKeyHash, organisationId: row.organisation_id, joinedAt: row.joined_at }
    : null;
}

export async function participantVotes(db: PgDatabase, workshopId: string, participantId: string) {
  const { rows } = await db.query<{ cycle_id: string; entry_id: string; n: number }>(
    `SELECT e.cycle_id, v.entry_id, COUNT(*)::int AS n FROM votes v JOIN entries e ON e.id = v.entry_id
     WHERE e.workshop_id = $1 AND v.participant_id = $2 GROUP BY e.cycle_id, v.entry_id`,
    [workshopId, participantId],
  );
  const byCycle: Record<string, number> = {};
  const byEntry: Record<string, number> = {};
  for (const row of rows) {
    byCycle[row.cycle_id] = (byCycle[row.cycle_id] ?? 0) + row.n;
    byEntry[row.entry_id] = row.n;
  }
  return { byCycle, byEntry };
}

export async function addParticipantVote(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  vote: { id: string; participantId: string; dotsPerCycle: number },
  at: string,
): Promise<number | 'no_dots_left' | null> {
  return db.transaction(async (client) => {
    if (!(await lockWorkshop(client, workshopId))) return null;
    const entry = (
      await client.query<{ cycle_id: string }>(
        'SELECT cycle_id FROM entries WHERE id = $1 AND workshop_id = $2',
        [entryId, workshopId],
      )
    ).rows[0];
    if (!entry) return null;
    const used = (
      await client.query<{ n: number }>(
        `SELECT COUNT(*)::int AS n FROM votes v JOIN entries e ON e.id = v.entry_id
         WHERE e.cycle_id = $1 AND v.participant_id = $2`,
        [entry.cycle_id, vote.participantId],
      )
    ).rows[0]?.n;
    if ((used ?? 0) >= vote.dotsPerCycle) return 'no_dots_left';
    await client.query(
      'INSERT INTO votes (id, entry_id, created_at, participant_id) VALUES ($1, $2, $3, $4)',
      [vote.id, entryId, at, vote.participantId],
    );
    await touch(client, workshopId, at);
    return tally(client, entryId);
  });
}

export async function removeParticipantVote(
  db: PgDatabase,
  workshopId: string,
  entryId: string,
  participantId: string,
  at: string,
): Promise<number | null> {
  return db.transaction(async (client) => {
    if (!(await lockWorkshop(client, workshopId))) return null;
    if (
      !(await client.query('SELECT 1 FROM entries WHERE id = $1 AND workshop_id = $2', [entryId, workshopId]))
        .rowCount
    )
      return null;
    const removed = await client.query(
      `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = $1 AND participant_id = $2
         ORDER BY created_at DESC LIMIT 1)`,
      [entryId, participantId],
    );
    if (removed.rowCount) await touch(client, workshopId, at);
    return tally(client, entryId);
  });
}

export async function getIdempotentResponse(db: PgDatabase, workshopId: string, key: string) {
  const { rows } = await db.query<StoredResponse>(
    'SELECT status, body FROM idempotent_responses WHERE workshop_id = $1 AND key = $2',
    [workshopId, key],
  );
  return rows[0] ?? null;
}

export async function saveIdempotentResponse(
  db: PgDatabase,
  workshopId: string,
  key: string,
  response: StoredResponse,
  at: string,
): Promise<void> {
  await db.query(
    `INSERT INTO idempotent_responses (workshop_id, key, status, body, at)
     SELECT $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM workshops WHERE id = $1)
     ON CONFLICT (workshop_id, key) DO NOTHING`,
    [workshopId, key, response.status, response.body, at],
  );
}
