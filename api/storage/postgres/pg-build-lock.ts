import os from 'node:os';
import pg from 'pg';
import { ApiError } from '../../http/api-error';
import { isConnectionError } from './pg-database';

/** Arbitrary constant beside the migrations' lock (741_016_001): whoever holds it writes data builds. */
export const BUILD_LOCK = 741_016_002;

/** The lock while held; `release()` gives it back (closing the connection would too). */
export interface HeldBuildLock {
  /** Throws when the connection holding the lock was lost: someone else may be building by now. */
  confirm(): Promise<void>;
  release(): Promise<void>;
}

export type BuildLockAttempt = { held: HeldBuildLock } | { holder: string };

/**
 * One PostgreSQL advisory lock for the whole fleet: only the process that holds it writes a data build. It is
 * taken on a connection of its own, outside the pool, and held for the whole rebuild; a process that dies loses
 * its connection and so its lock. The connection's application_name says who holds it, so an instance that did
 * not get the lock can name the builder (pg_locks joined with pg_stat_activity).
 */
export class PgBuildLock {
  readonly name = `atlas-builder ${os.hostname()} pid ${process.pid}`.slice(0, 63);

  constructor(private readonly url: string) {}

  async tryAcquire(): Promise<BuildLockAttempt> {
    const client = new pg.Client({
      connectionString: this.url,
      application_name: this.name,
      connectionTimeoutMillis: 5_000,
    });
    let lost: Error | null = null;
    // A dropped connection emits 'error' besides failing the next query; unheard, it would end the process.
    client.on('error', (error) => (lost = error));
    try {
      await client.connect();
      const { rows } = await client.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [
        BUILD_LOCK,
      ]);
      if (rows[0]?.got) return { held: heldOn(client, () => lost) };
      const holder = await currentHolder(client);
      await client.end();
      return { holder: holder ?? 'another instance' };
    } catch (error) {
      await client.end().catch(() => undefined);
      if (isConnectionError(error)) {
        console.error(`[atlas] PostgreSQL unavailable for the build lock: ${(error as Error).message}`);
        throw new ApiError(
          503,
          'unavailable',
          'the database that coordinates builds is unavailable: try again',
        );
      }
      throw error;
    }
  }
}

function heldOn(client: pg.Client, lost: () => Error | null): HeldBuildLock {
  return {
    async confirm() {
      const reason = lost();
      if (reason) throw new Error(`the build lock's connection was lost (${reason.message})`);
      const { rows } = await client.query<{ held: boolean }>(
        `SELECT count(*) > 0 AS held FROM pg_locks
         WHERE locktype = 'advisory' AND granted AND pid = pg_backend_pid() AND classid = 0 AND objid = $1`,
        [BUILD_LOCK],
      );
      if (!rows[0]?.held) throw new Error('the build lock is no longer held');
    },
    async release() {
      await client.query('SELECT pg_advisory_unlock($1)', [BUILD_LOCK]).catch(() => undefined);
      await client.end().catch(() => undefined);
    },
  };
}

/** The application_name of the session holding the lock (a bigint key is classid 0, objid key, objsubid 1). */
async function currentHolder(client: pg.Client): Promise<string | null> {
  const { rows } = await client.query<{ name: string }>(
    `SELECT a.application_name AS name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
     WHERE l.locktype = 'advisory' AND l.granted AND l.classid = 0 AND l.objid = $1 AND l.objsubid = 1`,
    [BUILD_LOCK],
  );
  return rows[0]?.name || null;
}
