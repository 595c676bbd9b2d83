import { createHash } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';

export interface BucketOptions {
  /** Writes a key may burst. */
  capacity: number;
  /** Writes per second the bucket refills. */
  refillPerSecond: number;
}

export interface RateLimitOptions extends BucketOptions {
  /**
   * Every write to one workshop, whoever sends it: a room of 25 phones writes a lot at once, so this is larger
   * than one client's bucket (default 600 burst, 20 per second).
   */
  perWorkshop?: BucketOptions;
  /** One address over all keys (default ten times a client's bucket): 25 phones behind a venue NAT share one. */
  perAddress?: BucketOptions;
  /** Addresses of reverse proxies whose X-Forwarded-For is believed; nobody else's is (default none). */
  trustedProxies?: readonly string[];
  now?: () => number;
}

export const DEFAULT_WRITE_LIMIT: RateLimitOptions = { capacity: 60, refillPerSecond: 1 };

/**
 * In-memory token buckets for writes (reads are not limited), three per request: the client (a participant's
 * voter key, else the address), the workshop, and the address. Keeping the client bucket per participant lets a
 * room share one NAT address without one phone's burst blocking the others.
 */
export function writeRateLimit(options: RateLimitOptions): MiddlewareHandler {
  const now = options.now ?? Date.now;
  const perClient = new TokenBuckets(options);
  const perWorkshop = new TokenBuckets(options.perWorkshop ?? { capacity: 600, refillPerSecond: 20 });
  const perAddress = new TokenBuckets(
    options.perAddress ?? { capacity: options.capacity * 10, refillPerSecond: options.refillPerSecond * 10 },
  );
  const trusted = new Set(options.trustedProxies ?? []);
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD' || c.req.method === 'OPTIONS') return next();
    const address = clientAddress(c, trusted);
    const workshopId = /^\/api\/workshops\/([A-Za-z0-9_-]{22,64})/.exec(c.req.path)?.[1] ?? null;
    const voterKey = c.req.header('x-voter-key');
    const client = voterKey && workshopId ? `voter:${workshopId}:${digest(voterKey)}` : `address:${address}`;
    const t = now();
    const waits = [
      perClient.take(client, t),
      workshopId ? perWorkshop.take(workshopId, t) : 0,
      client.startsWith('voter:') ? perAddress.take(address, t) : 0,
    ];
    const wait = Math.max(...waits);
    if (wait > 0) {
      c.header('Retry-After', String(Math.ceil(wait)));
      return c.json(
        { error: { code: 'rate_limited', message: 'too many writes: try again shortly', field: null } },
        429,
      );
    }
    return next();
  };
}

/** Token buckets by key; a bucket that has refilled completely carries no information and is dropped. */
class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  constructor(private readonly options: BucketOptions) {}

  /** Takes one token; returns 0 when taken, else the seconds until one is available. */
  take(key: string, t: number): number {
    const { capacity, refillPerSecond } = this.options;
    const bucket = this.buckets.get(key) ?? { tokens: capacity, at: t };
    bucket.tokens = Math.min(capacity, bucket.tokens + ((t - bucket.at) / 1000) * refillPerSecond);
    bucket.at = t;
    this.buckets.set(key, bucket);
    if (bucket.tokens < 1) return (1 - bucket.tokens) / refillPerSecond;
    bucket.tokens -= 1;
    if (this.buckets.size > 10_000) this.forgetFull(t);
    return 0;
  }

  private forgetFull(t: number): void {
    const { capacity, refillPerSecond } = this.options;
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((t - bucket.at) / 1000) * refillPerSecond >= capacity) this.buckets.delete(key);
    }
  }
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
