/**
 * Issue 12 defect 8 through the API: removing an organisation asks first and keeps its entries' attribution;
 * deleting a cycle or a workshop can be undone within the restore window.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Entry, Workshop } from '../../../data/contract';
import { createGnosjoWorkshop, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
let clock = new Date('2026-01-20T10:00:00.000Z');
const { app, store } = workshopApp({ file: db.file, now: () => clock });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('deleting without losing', () => {
  it('asks before removing an organisation that wrote entries, and the entries keep naming it', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const firm = workshop.organisations[2];
    const entry = (
      await send(
        app,
        'POST',
        `${base}/cycles/${workshop.cycles[0]?.id}/entries`,
        { kind: 'obstacle', text: 'Svårt att rekrytera svetsare', organisationId: firm?.id },
        editToken,
      )
    ).json as Entry;
    const asked = await send(app, 'DELETE', `${base}/organisations/${firm?.id}`, undefined, editToken);
    expect(asked.status).toBe(409);
    expect(asked.json).toMatchObject({ error: { code: 'conflict', field: 'confirm' } });
    expect((asked.json as { error: { message: string } }).error.message).toContain('named on 1 entries');
    const removed = await send(
      app,
      'DELETE',
      `${base}/organisations/${firm?.id}?confirm=true`,
      undefined,
      editToken,
    );
    expect(removed.status).toBe(204);
    const after = (await send(app, 'GET', base)).json as Workshop;
    expect(after.organisations.find((o) => o.id === firm?.id)).toMatchObject({ name: firm?.name });
    expect(after.organisations.find((o) => o.id === firm?.id)?.removedAt).not.toBeNull();
    expect(after.cycles[0]?.entries.find((e) => e.id === entry.id)?.organisationId).toBe(firm?.id);
    // New entries cannot choose it any more.
    const refused = await send(
      app,
      'POST',
      `${base}/cycles/${workshop.cycles[0]?.id}/entries`,
      { kind: 'obstacle', text: 'x', organisationId: firm?.id },
      editToken,
    );
    expect(refused.status).toBe(400);
    // An organisation that wrote nothing goes without asking.
    const region = workshop.organisations[1]?.id;
    expect((await send(app, 'DELETE', `${base}/organisations/${region}`, undefined, editToken)).status).toBe(
      204,
    );
  });

  it('restores a deleted cycle with its entries, and a deleted workshop, within 30 days but not after', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const cycle = workshop.cycles[1]?.id;
    await send(
      app,
      'POST',
      `${base}/cycles/${cycle}/entries`,
      { kind: 'activity', text: 'Mässa' },
      editToken,
    );
    expect((await send(app, 'DELETE', `${base}/cycles/${cycle}`, undefined, editToken)).status).toBe(204);
    expect(((await send(app, 'GET', base)).json as Workshop).cycles).toHaveLength(2);
    const back = await send(app, 'POST', `${base}/cycles/${cycle}/restore`, undefined, editToken);
    expect(back.status).toBe(200);
    expect((back.json as Workshop).cycles.find((c) => c.id === cycle)?.entries.map((e) => e.text)).toEqual([
      'Mässa',
    ]);

    expect((await send(app, 'DELETE', base, undefined, editToken)).status).toBe(204);
    expect((await send(app, 'GET', base)).status).toBe(404);
    expect((await send(app, 'POST', `${base}/restore`, undefined, 'wrong-token-wrong-token')).status).toBe(
      403,
    );
    expect((await send(app, 'POST', `${base}/restore`, undefined, editToken)).status).toBe(200);
    expect((await send(app, 'GET', base)).status).toBe(200);

    expect((await send(app, 'DELETE', base, undefined, editToken)).status).toBe(204);
    clock = new Date(clock.getTime() + 31 * 86_400_000);
    const late = await send(app, 'POST', `${base}/restore`, undefined, editToken);
    expect(late.status).toBe(404);
    expect(late.json).toMatchObject({ error: { code: 'not_found', field: 'workshopId' } });
  });
});
