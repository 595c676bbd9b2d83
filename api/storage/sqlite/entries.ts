import type Database from 'better-sqlite3';
import { entryColumns, LINK_INSERT_COLUMNS, linkValues } from '../workshop-rows';
import type { EntryRecord, EntryUpdateOutcome } from '../workshop-store';
import { changeWorkshop, LIVE_ENTRY } from './workshop-change';

/** SQLite side of entries, their indicator links and the facilitator's anonymous dots. */

function insertLinks(db: Database.Database, entry: EntryRecord): void {
  const insert = db.prepare(
    `INSERT INTO indicator_links (${LINK_INSERT_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  for (const values of linkValues(entry)) insert.run(...values);
}

export function addEntry(db: Database.Database, workshopId: string, entry: EntryRecord): boolean {
  return changeWorkshop(db, workshopId, entry.updatedAt, () => {
    const cycle = db
      .prepare('SELECT 1 FROM cycles WHERE id = ? AND workshop_id = ? AND deleted_at IS NULL')
      .get(entry.cycleId, workshopId);
    if (!cycle) return false;
    db.prepare(
      `INSERT INTO entries (id, workshop_id, cycle_id, kind, text, organisation_id, theme, action_owner_id,
         action_due_date, action_status, author_participant_id, build_id, created_at, updated_at, version,
         map_view_json)
       VALUES (@id, @workshopId, @cycleId, @kind, @text, @organisationId, @theme, @owner, @due, @status,
         @author, @buildId, @createdAt, @updatedAt, 1, @mapView)`,
    ).run({ ...entryColumns(entry), workshopId, author: entry.authorParticipantId });
    insertLinks(db, entry);
    return true;
  });
}

export function updateEntry(
  db: Database.Database,
  workshopId: string,
  entry: EntryRecord,
  expectedVersion: number,
): EntryUpdateOutcome {
  let outcome: EntryUpdateOutcome = 'not_found';
  changeWorkshop(db, workshopId, entry.updatedAt, () => {
    const { updatedAt, ...columns } = entryColumns(entry);
    const result = db
      .prepare(
        `UPDATE entries SET text = @text, organisation_id = @organisationId, theme = @theme,
           action_owner_id = @owner, action_due_date = @due, action_status = @status, updated_at = @updatedAt,
           map_view_json = @mapView, version = version + 1
         WHERE id = @id AND workshop_id = @workshopId AND version = @expectedVersion
           AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`,
      )
      .run({ ...columns, updatedAt, workshopId, expectedVersion });
    if (result.changes !== 1) {
      const exists = db.prepare(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`).get(entry.id, workshopId);
      outcome = exists ? 'stale' : 'not_found';
      return false;
    }
    db.prepare('DELETE FROM indicator_links WHERE entry_id = ?').run(entry.id);
    insertLinks(db, entry);
    outcome = 'updated';
    return true;
  });
  return outcome;
}

export function deleteEntry(db: Database.Database, workshopId: string, entryId: string, at: string): boolean {
  return changeWorkshop(
    db,
    workshopId,
    at,
    () => db.prepare(`DELETE FROM entries WHERE ${LIVE_ENTRY}`).run(entryId, workshopId).changes === 1,
  );
}

function changeVotes(
  db: Database.Database,
  workshopId: string,
  entryId: string,
  at: string,
  change: () => void,
): number | null {
  let tally: number | null = null;
  changeWorkshop(db, workshopId, at, () => {
    if (!db.prepare(`SELECT 1 FROM entries WHERE ${LIVE_ENTRY}`).get(entryId, workshopId)) return false;
    change();
    tally = (db.prepare('SELECT COUNT(*) AS n FROM votes WHERE entry_id = ?').get(entryId) as { n: number })
      .n;
    return true;
  });
  return tally;
}

export function addVote(
  db: Database.Database,
  workshopId: string,
  entryId: string,
  voteId: string,
  at: string,
): number | null {
  return changeVotes(db, workshopId, entryId, at, () => {
    db.prepare('INSERT INTO votes (id, entry_id, created_at) VALUES (?, ?, ?)').run(voteId, entryId, at);
  });
}

export function removeVote(
  db: Database.Database,
  workshopId: string,
  entryId: string,
  at: string,
): number | null {
  return changeVotes(db, workshopId, entryId, at, () => {
    db.prepare(
      'DELETE FROM votes WHERE id = (SELECT id FROM votes WHERE entry_id = ? ORDER BY created_at DESC LIMIT 1)',
    ).run(entryId);
  });
}
