import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error';

export interface RateLimitOptions {
  /** Writes a client may burst. */
  capacity: number;
  /** Writes per second the bucket refills. */
  refillPerSecond: number;
  now?: () => number;
  /** Where the buckets live: this process's memory by default; a table shared by every instance with PostgreSQL. */
  buckets?: TokenBuckets;
}

export interface TokenLimit {
  capacity: number;
  refillPerSecond: number;
}

/** Takes one token from a client's bucket if it has one; answers how long to wait when it has none. */
export interface TokenBuckets {
  take(
    key: string,
    limit: TokenLimit,
    nowMs: number,
  ): Promise<{ allowed: boolean; retryAfterSeconds: number }>;
}

export const DEFAULT_WRITE_LIMIT: RateLimitOptions = { capacity: 60, refillPerSecond: 1 };

/**
 * Token bucket per client address for writes (reads are not limited). Behind a proxy the address is the proxy's
 * unless the proxy is trusted to name the client (see docs/deployment.md).
 */
export function writeRateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const buckets = options.buckets ?? memoryBuckets();
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const { allowed, retryAfterSeconds } = await buckets.take(clientAddress(c), options, now());
    if (!allowed) {
      c.header('Retry-After', String(retryAfterSeconds));
      return c.json(new ApiError(429, 'rate_limited', 'too many writes: try again shortly').toBody(), 429);
    }
    return next();
  };
}

/** Refills a bucket for the time since it was last used, capped at capacity (shared with the PostgreSQL buckets). */
export function refill(tokens: number, elapsedMs: number, limit: TokenLimit): number {
  return Math.min(limit.capacity, tokens + (Math.max(0, elapsedMs) / 1000) * limit.refillPerSecond);
}

export function retryAfter(tokens: number, limit: TokenLimit): number {
  return Math.ceil((1 - tokens) / limit.refillPerSecond);
}

/** One process's buckets in memory. */
export function memoryBuckets(): TokenBuckets {
  const buckets = new Map<string, { tokens: number; at: number }>();
  return {
    async take(key, limit, t) {
      const bucket = buckets.get(key) ?? { tokens: limit.capacity, at: t };
      bucket.tokens = refill(bucket.tokens, t - bucket.at, limit);
      bucket.at = t;
      buckets.set(key, bucket);
      if (bucket.tokens < 1) return { allowed: false, retryAfterSeconds: retryAfter(bucket.tokens, limit) };
      bucket.tokens -= 1;
      if (buckets.size > 10_000) forgetFullBuckets(buckets, limit, t);
      return { allowed: true, retryAfterSeconds: 0 };
    },
  };
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests, app.request) have no socket.
    return 'local';
  }
}

/** A bucket that has refilled completely carries no information: drop it so memory stays bounded. */
function forgetFullBuckets(
  buckets: Map<string, { tokens: number; at: number }>,
  options: TokenLimit,
  t: number,
) {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + ((t - bucket.at) / 1000) * options.refillPerSecond >= options.capacity)
      buckets.delete(key);
  }
}
