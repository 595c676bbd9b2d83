import pg from 'pg';
import { ApiError } from '../../http/api-error';
import { runPgMigrations } from './migrations';

export type Queryable = Pick<pg.PoolClient, 'query'>;

/**
 * One connection pool per process with the two things every PostgreSQL user here needs: the schema is migrated
 * before first use (retried on the next request if the database was down), and a database that cannot be reached
 * becomes a 503 with a reason instead of a crash.
 */
export class PgDatabase {
  readonly pool: pg.Pool;
  private migrated: Promise<void> | null = null;

  constructor(readonly url: string) {
    this.pool = new pg.Pool({
      connectionString: checkPostgresUrl(url),
      max: 10,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
    });
    // An idle connection that the server drops would otherwise be an unhandled 'error' event: the process dies.
    this.pool.on('error', (error) => console.error(`[atlas] PostgreSQL connection lost: ${error.message}`));
  }

  async query<R extends pg.QueryResultRow>(sql: string, values: unknown[] = []): Promise<pg.QueryResult<R>> {
    await this.ready();
    return translate(() => this.pool.query<R>(sql, values));
  }

  /** BEGIN ... COMMIT on one connection; any error rolls everything back. */
  async transaction<T>(work: (client: pg.PoolClient) => Promise<T>, begin = 'BEGIN'): Promise<T> {
    await this.ready();
    return translate(async () => {
      const client = await this.pool.connect();
      let broken: Error | undefined;
      // A checked-out client whose connection dies emits 'error' besides rejecting the query: without a
      // listener that event would end the process.
      const onError = (error: Error) => (broken = error);
      client.on('error', onError);
      try {
        await client.query(begin);
        const result = await work(client);
        await client.query('COMMIT');
        return result;
      } catch (error) {
        broken = error instanceof Error ? error : new Error(String(error));
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onError);
        // A connection that failed mid-transaction is discarded rather than handed to the next request.
        client.release(broken && isConnectionError(broken) ? broken : undefined);
      }
    });
  }

  ready(): Promise<void> {
    if (!this.migrated) {
      this.migrated = translate(async () => {
        const client = await this.pool.connect();
        let broken: Error | undefined;
        const onError = (error: Error) => (broken = error);
        client.on('error', onError);
        try {
          await runPgMigrations(client);
        } finally {
          client.off('error', onError);
          client.release(broken);
        }
      }).catch((error: unknown) => {
        this.migrated = null;
        throw error;
      });
    }
    return this.migrated;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

/** A clear message for a malformed ATLAS_DB, without echoing a password it may contain. */
export function checkPostgresUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new Error('ATLAS_DB is not a valid URL: expected postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE');
  }
  if (parsed.protocol !== 'postgres:' && parsed.protocol !== 'postgresql:') {
    throw new Error(`ATLAS_DB must start with postgres:// or postgresql://, got ${parsed.protocol}//`);
  }
  if (!parsed.hostname) throw new Error('ATLAS_DB names no host: expected postgres://USER@HOST/DATABASE');
  if (parsed.pathname.length <= 1) throw new Error('ATLAS_DB names no database: add /DATABASE to the URL');
  return url;
}

const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EPIPE',
]);

/** Lost or refused connections, server shutdown, "too many clients", timeouts of the pool. */
export function isConnectionError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && (CONNECTION_CODES.has(code) || /^(08|57P)/.test(code) || code === '53300'))
    return true;
  return /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error/i.test(
    error.message,
  );
}

async function translate<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isConnectionError(error)) {
      console.error(`[atlas] PostgreSQL unavailable: ${(error as Error).message}`);
      throw new ApiError(503, 'unavailable', 'the workshop database is unavailable: try again shortly');
    }
    throw error;
  }
}
