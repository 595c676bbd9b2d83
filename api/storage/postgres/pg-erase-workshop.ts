import type { PgDatabase } from './pg-database';

/** As in SQLite: entries first (an action's owner is RESTRICTed), then the workshop's row takes the rest. */
export async function erasePgWorkshop(db: PgDatabase, id: string): Promise<boolean> {
  return db.transaction(async (client) => {
    await client.query('SELECT 1 FROM workshops WHERE id = $1 FOR UPDATE', [id]);
    await client.query('DELETE FROM entries WHERE workshop_id = $1', [id]);
    return (await client.query('DELETE FROM workshops WHERE id = $1', [id])).rowCount === 1;
  });
}
