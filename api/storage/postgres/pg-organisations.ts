import type { OrganisationRecord, UpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { changeWorkshop, updateVersionedChild } from './pg-workshop-change';

/** PostgreSQL side of a workshop's organisations; a removed one keeps its row, so entries keep their attribution. */

export async function insertOrganisation(
  client: Queryable,
  workshopId: string,
  organisation: OrganisationRecord,
  seq: number,
): Promise<void> {
  await client.query(
    'INSERT INTO organisations (id, workshop_id, name, kind, seq) VALUES ($1, $2, $3, $4, $5)',
    [organisation.id, workshopId, organisation.name, organisation.kind, seq],
  );
}

export function addOrganisation(
  db: PgDatabase,
  workshopId: string,
  organisation: OrganisationRecord,
  at: string,
): Promise<boolean> {
  return changeWorkshop(db, workshopId, at, async (client) => {
    const { rows } = await client.query<{ next: number }>(
      'SELECT coalesce(max(seq), -1) + 1 AS next FROM organisations WHERE workshop_id = $1',
      [workshopId],
    );
    await insertOrganisation(client, workshopId, organisation, rows[0]?.next ?? 0);
    return true;
  });
}

export function updateOrganisation(
  db: PgDatabase,
  workshopId: string,
  organisation: OrganisationRecord,
  at: string,
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  const row = {
    table: 'organisations',
    id: organisation.id,
    live: 'removed_at IS NULL',
    set: 'name = $3, kind = $4',
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

export async function deleteOrganisation(
  db: PgDatabase,
  workshopId: string,
  organisationId: string,
  at: string,
): Promise<'deleted' | 'not_found' | 'in_use'> {
  let outcome: 'deleted' | 'not_found' | 'in_use' = 'not_found';
  await changeWorkshop(db, workshopId, at, async (client) => {
    const owned = await client.query(
      'SELECT 1 FROM entries WHERE action_owner_id = $1 AND workshop_id = $2 LIMIT 1',
      [organisationId, workshopId],
    );
    if (owned.rowCount) {
      const exists = await client.query('SELECT 1 FROM organisations WHERE id = $1 AND removed_at IS NULL', [
        organisationId,
      ]);
      outcome = exists.rowCount ? 'in_use' : 'not_found';
      return false;
    }
    const result = await client.query(
      `UPDATE organisations SET removed_at = $1 WHERE id = $2 AND workshop_id = $3 AND removed_at IS NULL`,
      [at, organisationId, workshopId],
    );
    outcome = result.rowCount === 1 ? 'deleted' : 'not_found';
    return result.rowCount === 1;
  });
  return outcome;
}
