import type pg from 'pg';
import type { UpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';

/** Ids and cycles of entries that can still be changed: an entry of a soft-deleted cycle is hidden. */
export const LIVE_ENTRY = `id = $1 AND workshop_id = $2
  AND cycle_id IN (SELECT id FROM cycles WHERE deleted_at IS NULL)`;

/** Locks the row of a workshop that is not deleted (`FOR UPDATE`), so changes of one workshop serialise. */
export const lockWorkshop = async (client: Queryable, workshopId: string): Promise<boolean> =>
  ((
    await client.query('SELECT 1 FROM workshops WHERE id = $1 AND deleted_at IS NULL FOR UPDATE', [
      workshopId,
    ])
  ).rowCount ?? 0) > 0;

/** Locks the (not deleted) workshop's row, runs the change and bumps updated_at, all in one transaction. */
export function changeWorkshop(
  db: PgDatabase,
  workshopId: string,
  at: string,
  change: (client: pg.PoolClient) => Promise<boolean>,
): Promise<boolean> {
  return db.transaction(async (client) => {
    if (!(await lockWorkshop(client, workshopId))) return false;
    const done = await change(client);
    if (done) await client.query('UPDATE workshops SET updated_at = $1 WHERE id = $2', [at, workshopId]);
    return done;
  });
}

/**
 * One UPDATE of a workshop's child row (`set` uses $3, $4, ... for `values`), only from `expectedVersion` when
 * one is given; bumps the row's version. 'stale' when the row is there but has moved on.
 */
export async function updateVersionedChild(
  db: PgDatabase,
  workshopId: string,
  at: string,
  row: {
    table: 'cycles' | 'organisations' | 'decisions';
    id: string;
    live: string;
    set: string;
    values: unknown[];
  },
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  let outcome: UpdateOutcome = 'not_found';
  await changeWorkshop(db, workshopId, at, async (client) => {
    const where = `id = $1 AND workshop_id = $2 AND ${row.live}`;
    const version = `$${row.values.length + 3}`;
    const result = await client.query(
      `UPDATE ${row.table} SET ${row.set}, version = version + 1
       WHERE ${where} AND (${version}::integer IS NULL OR version = ${version})`,
      [row.id, workshopId, ...row.values, expectedVersion ?? null],
    );
    if (result.rowCount === 1) outcome = 'updated';
    else if ((await client.query(`SELECT 1 FROM ${row.table} WHERE ${where}`, [row.id, workshopId])).rowCount)
      outcome = 'stale';
    return outcome === 'updated';
  });
  return outcome;
}
