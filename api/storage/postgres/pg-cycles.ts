import type { CycleRecord, NewCycleRecord, UpdateOutcome } from '../workshop-store';
import type { PgDatabase, Queryable } from './pg-database';
import { changeWorkshop, updateVersionedChild } from './pg-workshop-change';

/** PostgreSQL side of a workshop's cycles: numbered under the workshop's row lock, soft-deleted and restorable. */

export async function insertCycle(client: Queryable, workshopId: string, cycle: CycleRecord): Promise<void> {
  await client.query(
    'INSERT INTO cycles (id, workshop_id, number, date, title) VALUES ($1, $2, $3, $4, $5)',
    [cycle.id, workshopId, cycle.number, cycle.date, cycle.title],
  );
}

export async function addCycle(
  db: PgDatabase,
  workshopId: string,
  cycle: NewCycleRecord,
  at: string,
): Promise<number | 'not_found' | 'conflict'> {
  let number = 0;
  try {
    const added = await changeWorkshop(db, workshopId, at, async (client) => {
      const { rows } = await client.query<{ next: number }>(
        'SELECT coalesce(max(number), 0) + 1 AS next FROM cycles WHERE workshop_id = $1',
        [workshopId],
      );
      number = rows[0]?.next ?? 1;
      await insertCycle(client, workshopId, { ...cycle, number });
      return true;
    });
    return added ? number : 'not_found';
  } catch (error) {
    // The row lock makes this unreachable between instances of this code; an outside writer could still race.
    if ((error as { code?: unknown }).code === '23505') return 'conflict';
    throw error;
  }
}

/** Runs one UPDATE of a cycle of this workshop under the workshop's row lock. */
function changeCycle(db: PgDatabase, workshopId: string, at: string, sql: string, values: unknown[]) {
  return changeWorkshop(
    db,
    workshopId,
    at,
    async (client) => (await client.query(sql, values)).rowCount === 1,
  );
}

export function updateCycle(
  db: PgDatabase,
  workshopId: string,
  cycle: CycleRecord,
  at: string,
  expectedVersion?: number,
): Promise<UpdateOutcome> {
  const row = {
    table: 'cycles',
    id: cycle.id,
    live: 'deleted_at IS NULL',
    set: 'date = $3, title = $4',
  } as const;
  return updateVersionedChild(
    db,
    workshopId,
    at,
    { ...row, values: [cycle.date, cycle.title] },
    expectedVersion,
  );
}

export function deleteCycle(db: PgDatabase, workshopId: string, cycleId: string, at: string) {
  return changeCycle(
    db,
    workshopId,
    at,
    'UPDATE cycles SET deleted_at = $1 WHERE id = $2 AND workshop_id = $3 AND deleted_at IS NULL',
    [at, cycleId, workshopId],
  );
}

export function restoreCycle(
  db: PgDatabase,
  workshopId: string,
  cycleId: string,
  deletedSince: string,
  at: string,
) {
  return changeCycle(
    db,
    workshopId,
    at,
    'UPDATE cycles SET deleted_at = NULL WHERE id = $1 AND workshop_id = $2 AND deleted_at >= $3',
    [cycleId, workshopId, deletedSince],
  );
}
