import type Database from 'better-sqlite3';
import type { NewWorkshopRecord, UpdateOutcome, WorkshopPatch } from '../workshop-store';
import { insertCycle } from './cycles';
import { insertOrganisation } from './organisations';

/** SQLite side of the workshop row itself: create with its first organisations and cycles, patch, soft delete. */

export function createWorkshop(db: Database.Database, record: NewWorkshopRecord): void {
  db.transaction(() => {
    db.prepare(
      `INSERT INTO workshops (id, title, municipalities_json, recommendations, edit_token_hash,
         participant_token_hash, created_at, updated_at)
       VALUES (?, ?, ?, '', ?, ?, ?, ?)`,
    ).run(
      record.id,
      record.title,
      JSON.stringify(record.municipalities),
      record.editTokenHash,
      record.participantTokenHash,
      record.createdAt,
      record.createdAt,
    );
    record.organisations.forEach((organisation, seq) => insertOrganisation(db, record.id, organisation, seq));
    for (const cycle of record.cycles) insertCycle(db, record.id, cycle);
  }).immediate();
}

export function getEditTokenHash(db: Database.Database, id: string): Buffer | null {
  const row = db.prepare('SELECT edit_token_hash FROM workshops WHERE id = ?').get(id) as
    { edit_token_hash: Buffer } | undefined;
  return row?.edit_token_hash ?? null;
}

export function updateWorkshop(
  db: Database.Database,
  id: string,
  patch: WorkshopPatch,
  updatedAt: string,
  expectedVersion?: number,
): UpdateOutcome {
  const result = db
    .prepare(
      `UPDATE workshops SET title = coalesce(?, title), municipalities_json = coalesce(?, municipalities_json),
         recommendations = coalesce(?, recommendations),
         dots_per_participant = coalesce(?, dots_per_participant), updated_at = ?, version = version + 1
       WHERE id = ? AND deleted_at IS NULL AND (? IS NULL OR version = ?)`,
    )
    .run(
      patch.title ?? null,
      patch.municipalities ? JSON.stringify(patch.municipalities) : null,
      patch.recommendations ?? null,
      patch.dotsPerParticipant ?? null,
      updatedAt,
      id,
      expectedVersion ?? null,
      expectedVersion ?? null,
    );
  if (result.changes === 1) return 'updated';
  return db.prepare('SELECT 1 FROM workshops WHERE id = ? AND deleted_at IS NULL').get(id)
    ? 'stale'
    : 'not_found';
}

export function deleteWorkshop(db: Database.Database, id: string, at: string): boolean {
  return (
    db.prepare('UPDATE workshops SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL').run(at, id)
      .changes === 1
  );
}

export function restoreWorkshop(
  db: Database.Database,
  id: string,
  deletedSince: string,
  at: string,
): boolean {
  return (
    db
      .prepare('UPDATE workshops SET deleted_at = NULL, updated_at = ? WHERE id = ? AND deleted_at >= ?')
      .run(at, id, deletedSince).changes === 1
  );
}

export function purgeDeleted(db: Database.Database, deletedBefore: string): number {
  return db
    .transaction(() => {
      // Entries first: an action's owner is RESTRICTed, and cascade order between siblings is not defined.
      db.prepare(
        `DELETE FROM entries WHERE cycle_id IN (SELECT id FROM cycles WHERE deleted_at < ?)
           OR workshop_id IN (SELECT id FROM workshops WHERE deleted_at < ?)`,
      ).run(deletedBefore, deletedBefore);
      const cycles = db.prepare('DELETE FROM cycles WHERE deleted_at < ?').run(deletedBefore).changes;
      const workshops = db.prepare('DELETE FROM workshops WHERE deleted_at < ?').run(deletedBefore).changes;
      return cycles + workshops;
    })
    .immediate();
}
