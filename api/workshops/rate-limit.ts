import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error';

export interface RateLimitOptions {
  /** Writes a client may burst. */
  capacity: number;
  /** Writes per second the bucket refills. */
  refillPerSecond: number;
  now?: () => number;
}

export const DEFAULT_WRITE_LIMIT: RateLimitOptions = { capacity: 60, refillPerSecond: 1 };

/**
 * In-memory token bucket per client address for writes (reads are not limited). Per process: behind several
 * instances or a proxy this needs a shared store and the proxy's client address, which is why it is one file.
 */
export function writeRateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const buckets = new Map<string, { tokens: number; at: number }>();
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const key = clientAddress(c);
    const t = now();
    const bucket = buckets.get(key) ?? { tokens: options.capacity, at: t };
    bucket.tokens = Math.min(
      options.capacity,
      bucket.tokens + ((t - bucket.at) / 1000) * options.refillPerSecond,
    );
    bucket.at = t;
    if (bucket.tokens < 1) {
      buckets.set(key, bucket);
      const retryAfter = Math.ceil((1 - bucket.tokens) / options.refillPerSecond);
      c.header('Retry-After', String(retryAfter));
      return c.json(new ApiError(429, 'rate_limited', 'too many writes: try again shortly').toBody(), 429);
    }
    bucket.tokens -= 1;
    buckets.set(key, bucket);
    if (buckets.size > 10_000) forgetFullBuckets(buckets, options, t);
    return next();
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
  options: RateLimitOptions,
  t: number,
) {
  for (const [key, bucket] of buckets) {
    if (bucket.tokens + ((t - bucket.at) / 1000) * options.refillPerSecond >= options.capacity)
      buckets.delete(key);
  }
}
