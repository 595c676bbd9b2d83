import type { MiddlewareHandler } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { IdempotencyKey } from '../../data/contract';
import type { WorkshopStore } from '../storage/workshop-store';
import { invalidField } from './workshop-errors';

/**
 * `Idempotency-Key` on a write: the first answer (2xx or 4xx) is kept per workshop, method, path and key; a retry
 * with the same key gets that answer again (header `Idempotency-Replayed: true`) and writes nothing. A retry that
 * arrives while the first attempt is still running waits for it. Writes without the header behave as before.
 */
export function idempotentWrites(
  store: WorkshopStore,
  now: () => Date = () => new Date(),
): MiddlewareHandler {
  const running = new Map<string, Promise<void>>();
  return async (c, next) => {
    const key = c.req.header('idempotency-key');
    if (key === undefined) return next();
    if (!IdempotencyKey.safeParse(key).success) {
      throw invalidField('idempotency-key', 'an idempotency key is 8-100 url-safe characters');
    }
    const workshopId = c.req.param('workshopId') ?? '';
    const scoped = `${c.req.method} ${c.req.path} ${key}`;
    const slot = `${workshopId} ${scoped}`;
    // Claimed without an await in between, so two concurrent retries never both reach the handler.
    while (running.has(slot)) await running.get(slot);
    let done = () => {};
    running.set(slot, new Promise<void>((resolve) => (done = resolve)));
    try {
      const stored = await store.getIdempotentResponse(workshopId, scoped);
      if (stored) {
        c.header('idempotency-replayed', 'true');
        if (stored.status === 204) return c.body(null, 204);
        c.header('content-type', 'application/json');
        return c.body(stored.body, stored.status as ContentfulStatusCode);
      }
      await next();
      if (c.res.status < 500) {
        const body = c.res.status === 204 ? '' : await c.res.clone().text();
        await store.saveIdempotentResponse(
          workshopId,
          scoped,
          { status: c.res.status, body },
          now().toISOString(),
        );
      }
    } finally {
      running.delete(slot);
      done();
    }
  };
}
