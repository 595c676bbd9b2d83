import { afterAll, describe, expect, it } from 'vitest';
import { createGnosjoWorkshop, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('access without accounts: the edit token', () => {
  it('refuses writes without a token (403) and with a wrong token (403), and leaves the workshop unchanged', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const url = `/api/workshops/${workshop.id}`;
    const without = await send(app, 'PATCH', url, { title: 'Kapad' });
    expect(without.status).toBe(403);
    expect(without.json).toMatchObject({ error: { code: 'forbidden', field: 'authorization' } });
    const wrongToken = editToken.slice(0, -1) + (editToken.endsWith('A') ? 'B' : 'A');
    expect((await send(app, 'PATCH', url, { title: 'Kapad' }, wrongToken)).status).toBe(403);
    expect((await send(app, 'DELETE', url, undefined, 'not-the-token')).status).toBe(403);
    const entry = `${url}/cycles/${workshop.cycles[0]?.id}/entries`;
    expect((await send(app, 'POST', entry, { kind: 'obstacle', text: 'x' })).status).toBe(403);
    expect(((await send(app, 'GET', url)).json as { title: string }).title).toBe('Gnosjö kompetensverkstad');
  });

  it('does not accept one workshop’s token for another workshop', async () => {
    const first = await createGnosjoWorkshop(app);
    const second = await createGnosjoWorkshop(app);
    const response = await send(
      app,
      'PATCH',
      `/api/workshops/${second.workshop.id}`,
      { title: 'x' },
      first.editToken,
    );
    expect(response.status).toBe(403);
  });

  it('answers 404 for an unknown workshop, cycle, entry or organisation', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const unknown = 'AAAAAAAAAAAAAAAAAAAAAA';
    expect((await send(app, 'GET', `/api/workshops/${unknown}`)).status).toBe(404);
    expect((await send(app, 'PATCH', `/api/workshops/${unknown}`, { title: 'x' }, editToken)).status).toBe(
      404,
    );
    const base = `/api/workshops/${workshop.id}`;
    const entry = await send(
      app,
      'POST',
      `${base}/cycles/${unknown}/entries`,
      { kind: 'activity', text: 'x' },
      editToken,
    );
    expect(entry.status).toBe(404);
    expect(entry.json).toMatchObject({ error: { code: 'not_found', field: 'cycleId' } });
    expect(
      (await send(app, 'PATCH', `${base}/entries/${unknown}`, { text: 'x', version: 1 }, editToken)).status,
    ).toBe(404);
    expect((await send(app, 'DELETE', `${base}/organisations/${unknown}`, undefined, editToken)).status).toBe(
      404,
    );
    expect((await send(app, 'GET', `${base}/cycles/9/since-last-time`)).status).toBe(404);
  });

  it('rejects a token passed in the query string: only the Authorization header counts', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const response = await send(app, 'PATCH', `/api/workshops/${workshop.id}?edit=${editToken}`, {
      title: 'x',
    });
    expect(response.status).toBe(403);
  });

  it('answers 413 for an oversized body', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const response = await send(
      app,
      'PATCH',
      `/api/workshops/${workshop.id}`,
      { recommendations: 'a'.repeat(100_000) },
      editToken,
    );
    expect(response.status).toBe(413);
    expect(response.json).toMatchObject({ error: { code: 'payload_too_large' } });
  });
});

describe('write rate limit per client', () => {
  it('answers 429 with Retry-After once the bucket is empty, while reads still work', async () => {
    const limited = tempDatabase();
    const { app: strict, store: strictStore } = workshopApp({
      file: limited.file,
      rateLimit: { capacity: 3, refillPerSecond: 0.01 },
    });
    const { workshop, editToken } = await createGnosjoWorkshop(strict);
    const url = `/api/workshops/${workshop.id}`;
    expect((await send(strict, 'PATCH', url, { title: 'a', version: 1 }, editToken)).status).toBe(200);
    expect((await send(strict, 'PATCH', url, { title: 'b', version: 2 }, editToken)).status).toBe(200);
    const blocked = await send(strict, 'PATCH', url, { title: 'c', version: 3 }, editToken);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(strict, 'GET', url)).status).toBe(200);
    await strictStore.close();
    limited.cleanup();
  });
});
