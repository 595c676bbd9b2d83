import type Database from 'better-sqlite3';
import type { OrganisationRecord, UpdateOutcome } from '../workshop-store';
import { changeWorkshop, updateVersionedChild } from './workshop-change';

/** SQLite side of a workshop's organisations; a removed one keeps its row, so entries keep their attribution. */

export function insertOrganisation(
  db: Database.Database,
  workshopId: string,
  organisation: OrganisationRecord,
  seq: number,
): void {
  db.prepare('INSERT INTO organisations (id, workshop_id, name, kind, seq) VALUES (?, ?, ?, ?, ?)').run(
    organisation.id,
    workshopId,
    organisation.name,
    organisation.kind,
    seq,
  );
}

export function addOrganisation(
  db: Database.Database,
  workshopId: string,
  organisation: OrganisationRecord,
  at: string,
): boolean {
  return changeWorkshop(db, workshopId, at, () => {
    const { next } = db
      .prepare('SELECT coalesce(max(seq), -1) + 1 AS next FROM organisations WHERE workshop_id = ?')
      .get(workshopId) as { next: number };
    insertOrganisation(db, workshopId, organisation, next);
    return true;
  });
}

export function updateOrganisation(
  db: Database.Database,
  workshopId: string,
  organisation: OrganisationRecord,
  at: string,
  expectedVersion?: number,
): UpdateOutcome {
  const row = {
    table: 'organisations',
    id: organisation.id,
    live: 'removed_at IS NULL',
    set: 'name = ?, kind = ?',
  };
  const values = [organisation.name, organisation.kind];
  return updateVersionedChild(
    db,
    workshopId,
    at,
    { ...row, table: 'organisations', values },
    expectedVersion,
  );
}

export function deleteOrganisation(
  db: Database.Database,
  workshopId: string,
  organisationId: string,
  at: string,
): 'deleted' | 'not_found' | 'in_use' {
  let outcome: 'deleted' | 'not_found' | 'in_use' = 'not_found';
  changeWorkshop(db, workshopId, at, () => {
    const owned = db
      .prepare('SELECT COUNT(*) AS n FROM entries WHERE action_owner_id = ? AND workshop_id = ?')
      .get(organisationId, workshopId) as { n: number };
    const result = db
      .prepare(
        `UPDATE organisations SET removed_at = ?
         WHERE id = ? AND workshop_id = ? AND removed_at IS NULL AND ? = 0`,
      )
      .run(at, organisationId, workshopId, owned.n);
    outcome = result.changes === 1 ? 'deleted' : owned.n > 0 ? 'in_use' : 'not_found';
    return result.changes === 1;
  });
  return outcome;
}
