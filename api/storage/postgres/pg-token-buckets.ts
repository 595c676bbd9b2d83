import { refill, retryAfter, type TokenBuckets, type TokenLimit } from '../../workshops/rate-limit';
import type { PgDatabase } from './pg-database';

/**
 * Rate-limit buckets in one PostgreSQL table, so a client's limit holds across every instance: the bucket row is
 * locked while it is refilled and taken from. Buckets are keyed by a scope (e.g. "workshop-writes") and the
 * client address.
 */
export class PgTokenBuckets implements TokenBuckets {
  constructor(
    private readonly database: PgDatabase,
    private readonly scope: string,
  ) {}

  async take(key: string, limit: TokenLimit, nowMs: number) {
    const bucketKey = `${this.scope}:${key}`;
    return this.database.transaction(async (client) => {
      await client.query(
        'INSERT INTO rate_buckets (key, tokens, at_ms) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING',
        [bucketKey, limit.capacity, nowMs],
      );
      const { rows } = await client.query<{ tokens: number; at_ms: string }>(
        'SELECT tokens, at_ms FROM rate_buckets WHERE key = $1 FOR UPDATE',
        [bucketKey],
      );
      const row = rows[0];
      const tokens = refill(row ? row.tokens : limit.capacity, nowMs - Number(row?.at_ms ?? nowMs), limit);
      const allowed = tokens >= 1;
      await client.query('UPDATE rate_buckets SET tokens = $2, at_ms = greatest(at_ms, $3) WHERE key = $1', [
        bucketKey,
        allowed ? tokens - 1 : tokens,
        nowMs,
      ]);
      return { allowed, retryAfterSeconds: allowed ? 0 : retryAfter(tokens, limit) };
    });
  }
}
