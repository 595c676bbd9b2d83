import type pg from 'pg';
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
