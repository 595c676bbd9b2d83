import { afterAll, describe, expect, it } from 'vitest';
import { Workshop } from '../../../data/contract';
import { createGnosjoWorkshop, GNOSJO, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('workshop create, read, update, delete', () => {
  it('creates a workshop with three cycles and returns a read link and an edit link with the token in the fragment', async () => {
    const created = await createGnosjoWorkshop(app);
    const { workshop, editToken, links } = created;
    expect(Workshop.parse(workshop)).toBeTruthy();
    expect(workshop.municipalities).toEqual([GNOSJO]);
    expect(workshop.cycles.map((c) => [c.number, c.date])).toEqual([
      [1, '2026-01-20'],
      [2, '2026-03-24'],
      [3, '2026-05-26'],
    ]);
    expect(workshop.organisations.map((o) => o.kind)).toEqual(['municipality', 'region', 'firm']);
    expect(links.read).toBe(`/workshop/${workshop.id}`);
    expect(links.edit).toBe(`/workshop/${workshop.id}#edit=${editToken}`);
    // 16 random bytes -> 22 base64url characters; the token has 32 bytes -> 43.
    expect(workshop.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(editToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('stores only a SHA-256 hash of the edit token', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const hash = await store.getEditTokenHash(workshop.id);
    expect(hash?.length).toBe(32);
    expect(hash?.toString('base64url')).not.toContain(editToken);
  });

  it('reads a workshop by id without a token', async () => {
    const { workshop } = await createGnosjoWorkshop(app);
    const read = await send(app, 'GET', `/api/workshops/${workshop.id}`);
    expect(read.status).toBe(200);
    expect((read.json as { title: string }).title).toBe('Gnosjö kompetensverkstad');
  });

  it('updates title and recommendations, adds a fourth cycle and an organisation', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const patched = await send(
      app,
      'PATCH',
      base,
      { recommendations: 'Bygg hyresrätter.', version: 1 },
      editToken,
    );
    expect(patched.status).toBe(200);
    expect((patched.json as Workshop).recommendations).toBe('Bygg hyresrätter.');
    const cycle = await send(
      app,
      'POST',
      `${base}/cycles`,
      { date: '2026-09-15', title: 'Uppföljning' },
      editToken,
    );
    expect(cycle.status).toBe(201);
    expect((cycle.json as Workshop).cycles.map((c) => c.number)).toEqual([1, 2, 3, 4]);
    const organisation = await send(
      app,
      'POST',
      `${base}/organisations`,
      { name: 'Gymnasiet', kind: 'school' },
      editToken,
    );
    expect((organisation.json as Workshop).organisations).toHaveLength(4);
    const renamed = await send(
      app,
      'PATCH',
      `${base}/cycles/${workshop.cycles[0]?.id}`,
      { title: 'Start', version: 1 },
      editToken,
    );
    expect((renamed.json as Workshop).cycles[0]?.title).toBe('Start');
  });

  it('deletes a cycle with its entries, then the whole workshop', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const cycle3 = workshop.cycles[2]?.id;
    await send(
      app,
      'POST',
      `${base}/cycles/${cycle3}/entries`,
      { kind: 'activity', text: 'Mässa' },
      editToken,
    );
    expect((await send(app, 'DELETE', `${base}/cycles/${cycle3}`, undefined, editToken)).status).toBe(204);
    const after = (await send(app, 'GET', base)).json as Workshop;
    expect(after.cycles.map((c) => c.number)).toEqual([1, 2]);
    expect((await send(app, 'DELETE', base, undefined, editToken)).status).toBe(204);
    expect((await send(app, 'GET', base)).status).toBe(404);
    // Soft delete: the rows stay until the restore window has passed (tests/unit/storage covers the purge).
    const count = store.db
      .prepare('SELECT COUNT(*) AS n FROM entries WHERE workshop_id = ?')
      .get(workshop.id) as {
      n: number;
    };
    expect(count.n).toBe(1);
  });

  it('appears in the OpenAPI document with the bearer security scheme', async () => {
    const doc = (await send(app, 'GET', '/api/openapi.json')).json as {
      paths: Record<string, unknown>;
      components: { securitySchemes?: Record<string, unknown> };
    };
    expect(Object.keys(doc.paths)).toContain('/workshops/{workshopId}/cycles/{number}/since-last-time');
    expect(doc.components.securitySchemes?.editToken).toMatchObject({ type: 'http', scheme: 'bearer' });
  });
});
