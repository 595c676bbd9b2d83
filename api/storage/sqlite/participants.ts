import type Database from 'better-sqlite3';
import type { WorkshopRole } from '../../../data/contract';
import type { ParticipantRecord, StoredResponse } from '../workshop-store';

/** SQLite side of roles: link hashes, participants, their dots and idempotent write answers. */

export function getParticipantTokenHash(db: Database.Database, id: string): Buffer | null {
  const row = db.prepare('SELECT participant_token_hash AS hash FROM workshops WHERE id = ?').get(id) as
    { hash: Buffer | null } | undefined;
  return row?.hash ?? null;
}

export function setTokenHash(
  db: Database.Database,
  id: string,
  role: WorkshopRole,
  hash: Buffer,
  at: string,
) {
  const column = role === 'facilitator' ? 'edit_token_hash' : 'participant_token_hash';
  return (
    db.prepare(`UPDATE workshops SET ${column} = ?, updated_at = ? WHERE id = ?`).run(hash, at, id)
      .changes === 1
  );
}

export function addParticipant(db: Database.Database, workshopId: string, participant: ParticipantRecord) {
  return db
    .transaction(() => {
      if (!db.prepare('SELECT 1 FROM workshops WHERE id = ?').get(workshopId)) return false;
      db.prepare(
        `INSERT INTO participants (id, workshop_id, voter_key_hash, organisation_id, joined_at)
         VALUES (?, ?, ?, ?, ?)`,
      ).run(
        participant.id,
        workshopId,
        participant.voterKeyHash,
        participant.organisationId,
        participant.joinedAt,
      );
      return true;
    })
    .immediate();
}

export function findParticipantByKey(
  db: Database.Database,
  workshopId: string,
  voterKeyHash: Buffer,
): ParticipantRecord | null {
  const row = db
    .prepare(
      `SELECT id, voter_key_hash, organisation_id, joined_at FROM participants
       WHERE workshop_id = ? AND voter_key_hash = ?`,
    )
    .get(workshopId, voterKeyHash) as
    { id: string; voter_key_hash: Buffer; organisation_id: string | null; joined_at: string } | undefined;
  return row
    ? {
        id: row.id,
        voterKeyHash: row.voter_key_hash,
        organisationId: row.organisation_id,
        joinedAt: row.joined_at,
      }
    : null;
}

export function participantVotes(db: Database.Database, workshopId: string, participantId: string) {
  const rows = db
    .prepare(
      `SELECT e.cycle_id AS cycleId, v.entry_id AS entryId, COUNT(*) AS n FROM votes v
       JOIN entries e ON e.id = v.entry_id
       WHERE e.workshop_id = ? AND v.participant_id = ? GROUP BY e.cycle_id, v.entry_id`,
    )
    .all(workshopId, participantId) as { cycleId: string; entryId: string; n: number }[];
  const byCycle: Record<string, number> = {};
  const byEntry: Record<string, number> = {};
  for (const row of rows) {
    byCycle[row.cycleId] = (byCycle[row.cycleId] ?? 0) + row.n;
    byEntry[row.entryId] = row.n;
  }
  return { byCycle, byEntry };
}

/** Counts the participant's dots in the entry's cycle inside the write transaction that adds the new one. */
export function addParticipantVote(
  db: Database.Database,
  workshopId: string,
  entryId: string,
  vote: { id: string; participantId: string; dotsPerCycle: number },
  at: string,
): number | 'no_dots_left' | null {
  return db
    .transaction((): number | 'no_dots_left' | null => {
      const entry = db
        .prepare('SELECT cycle_id FROM entries WHERE id = ? AND workshop_id = ?')
        .get(entryId, workshopId) as { cycle_id: string } | undefined;
      if (!entry) return null;
      const used = db
        .prepare(
          `SELECT COUNT(*) AS n FROM votes v JOIN entries e ON e.id = v.entry_id
           WHERE e.cycle_id = ? AND v.participant_id = ?`,
        )
        .get(entry.cycle_id, vote.participantId) as { n: number };
      if (used.n >= vote.dotsPerCycle) return 'no_dots_left';
      db.prepare('INSERT INTO votes (id, entry_id, created_at, participant_id) VALUES (?, ?, ?, ?)').run(
        vote.id,
        entryId,
        at,
        vote.participantId,
      );
      db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
      return tally(db, entryId);
    })
    .immediate();
}

export function removeParticipantVote(
  db: Database.Database,
  workshopId: string,
  entryId: string,
  participantId: string,
  at: string,
): number | null {
  return db
    .transaction((): number | null => {
      if (!db.prepare('SELECT 1 FROM entries WHERE id = ? AND workshop_id = ?').get(entryId, workshopId))
        return null;
      const removed = db
        .prepare(
          `DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = ? AND participant_id = ?
             ORDER BY created_at DESC LIMIT 1)`,
        )
        .run(entryId, participantId);
      if (removed.changes > 0)
        db.prepare('UPDATE workshops SET updated_at = ? WHERE id = ?').run(at, workshopId);
      return tally(db, entryId);
    })
    .immediate();
}

function tally(db: Database.Database, entryId: string): number {
  return (db.prepare('SELECT COUNT(*) AS n FROM votes WHERE entry_id = ?').get(entryId) as { n: number }).n;
}

export function getIdempotentResponse(
  db: Database.Database,
  workshopId: string,
  key: string,
): StoredResponse | null {
  const row = db
    .prepare('SELECT status, body FROM idempotent_responses WHERE workshop_id = ? AND key = ?')
    .get(workshopId, key) as StoredResponse | undefined;
  return row ?? null;
}

export function saveIdempotentResponse(
  db: Database.Database,
  workshopId: string,
  key: string,
  response: StoredResponse,
  at: string,
): void {
  db.prepare(
    `INSERT INTO idempotent_responses (workshop_id, key, status, body, at)
     SELECT ?, ?, ?, ?, ? WHERE EXISTS (SELECT 1 FROM workshops WHERE id = ?)
     ON CONFLICT (workshop_id, key) DO NOTHING`,
  ).run(workshopId, key, response.status, response.body, at, workshopId);
}
