import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../http/api-error';

export interface RateLimitOptions {
  /** Writes a client (a participant's voter key, else an address) may burst. */
  capacity: number;
  /** Writes per second the bucket refills. */
  refillPerSecond: number;
  /**
   * Every write to one workshop, whoever sends it: a room of 25 phones writes a lot at once, so this is larger
   * than one client's bucket (default 600 burst, 20 per second).
   */
  perWorkshop?: TokenLimit;
  /** One address over all voter keys (default ten times a client's bucket): 25 phones behind a venue NAT share one. */
  perAddress?: TokenLimit;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; nobody else's is (default none). */
  trustedProxies?: readonly string[];
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
 * Token buckets for writes (reads are not limited), three per request: the client (a participant's voter key,
 * else the address), the workshop, and the address. Keeping the client bucket per participant lets a room share
 * one NAT address without one phone's burst blocking the others.
 */
export function writeRateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const buckets = options.buckets ?? memoryBuckets();
  const perWorkshop = options.perWorkshop ?? { capacity: 600, refillPerSecond: 20 };
  const perAddress = options.perAddress ?? {
    capacity: options.capacity * 10,
    refillPerSecond: options.refillPerSecond * 10,
  };
  const trusted = new Set(options.trustedProxies ?? []);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const address = clientAddress(c, trusted);
    const workshopId = /^\/api\/workshops\/([A-Za-z0-9_-]{22,64})/.exec(c.req.path)?.[1] ?? null;
    const voterKey = c.req.header('x-voter-key');
    const voter = voterKey && workshopId ? `voter:${workshopId}:${digest(voterKey)}` : null;
    const t = now();
    const takes = [buckets.take(voter ?? address, options, t)];
    if (workshopId) takes.push(buckets.take(`workshop:${workshopId}`, perWorkshop, t));
    if (voter) takes.push(buckets.take(`address:${address}`, perAddress, t));
    const results = await Promise.all(takes);
    const refused = results.filter((result) => !result.allowed);
    if (refused.length > 0) {
      c.header('Retry-After', String(Math.max(...refused.map((result) => result.retryAfterSeconds))));
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

/**
 * The socket's address, or the nearest untrusted hop of X-Forwarded-For when the socket is a trusted proxy:
 * a header from anyone else is ignored, or a client could pick its own bucket.
 */
export function clientAddress(c: Context, trustedProxies: ReadonlySet<string>): string {
  let remote: string;
  try {
    remote = getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // In-process requests (tests, app.request) have no socket.
    remote = 'local';
  }
  if (!trustedProxies.has(remote)) return remote;
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop.length > 0);
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i];
    if (hop !== undefined && !trustedProxies.has(hop)) return hop;
  }
  return remote;
}

function digest(text: string): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, 22);
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
