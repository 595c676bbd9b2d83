import { afterAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../../data/contract';
import { GNOSJO_WORKSHOP, tempDatabase, workshopApp } from '../workshop/support';
import { startApiServer } from './http-server';
import { call, join, openRoom } from './live-support';

const db = tempDatabase();
afterAll(() => db.cleanup());

describe('write limits that fit a room', () => {
  it('keeps one bucket per participant, so one phone’s burst does not block the rest of the NAT', async () => {
    const { app, store } = workshopApp({ file: db.file, rateLimit: { capacity: 3, refillPerSecond: 0.001 } });
    // Create and the two joins carry no voter key: they are the address's three writes.
    const room = await openRoom(app);
    const [a, b] = [await join(app, room), await join(app, room)];
    const url = `${room.base}/cycles/${room.cycleId}/entries`;
    const body = { kind: 'obstacle', text: 'x' };
    const asA = { token: room.participantToken, voterKey: a.voterKey, body };
    for (let i = 0; i < 3; i++) expect((await call(app, 'POST', url, asA)).status).toBe(201);
    const limited = await call(app, 'POST', url, asA);
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    const asB = { token: room.participantToken, voterKey: b.voterKey, body };
    expect((await call(app, 'POST', url, asB)).status).toBe(201);
    await store.close();
  });

  it('caps all writes to one workshop with the per-workshop bucket', async () => {
    const { app, store } = workshopApp({
      file: db.file,
      rateLimit: {
        capacity: 100,
        refillPerSecond: 0.001,
        perWorkshop: { capacity: 3, refillPerSecond: 0.001 },
      },
    });
    const room = await openRoom(app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (
          await call(app, 'PATCH', room.base, {
            token: room.facilitator,
            body: { title: `t${i}`, version: i + 1 },
          })
        ).status,
      );
    }
    expect(statuses).toEqual([200, 200, 200, 429]);
    await store.close();
  });

  it('believes X-Forwarded-For only from a configured proxy', async () => {
    const limits = { capacity: 1, refillPerSecond: 0.001 };
    const create = (server: { url: string }, forwardedFor: string) =>
      fetch(`${server.url}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
        body: JSON.stringify(GNOSJO_WORKSHOP),
      });
    const untrusted = await startApiServer({ workshopRateLimit: limits });
    expect((await create(untrusted, '203.0.113.1')).status).toBe(201);
    // A client cannot pick a fresh bucket by writing its own header.
    expect((await create(untrusted, '203.0.113.2')).status).toBe(429);
    await untrusted.close();

    const behindProxy = await startApiServer({
      workshopRateLimit: { ...limits, trustedProxies: ['127.0.0.1'] },
    });
    const first = await create(behindProxy, '203.0.113.1');
    expect(first.status).toBe(201);
    expect(((await first.json()) as CreateWorkshopResponse).participantToken).toBeTruthy();
    expect((await create(behindProxy, '198.51.100.7, 127.0.0.1')).status).toBe(201);
    expect((await create(behindProxy, '203.0.113.1')).status).toBe(429);
    await behindProxy.close();
  });
});
