/** Issue 12 defect 6 through the API: no lost update on one entry, no 500 when cycles are added at once. */
import { afterAll, describe, expect, it } from 'vitest';
import { type Entry, StaleEntryBody, type Workshop } from '../../../data/contract';
import { createGnosjoWorkshop, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

/** A new Gnosjö workshop with one obstacle in its first cycle. */
async function workshopWithEntry(text: string) {
  const { workshop, editToken } = await createGnosjoWorkshop(app);
  const base = `/api/workshops/${workshop.id}`;
  const created = await send(
    app,
    'POST',
    `${base}/cycles/${workshop.cycles[0]?.id}/entries`,
    { kind: 'obstacle', text },
    editToken,
  );
  return { base, editToken, entry: created.json as Entry };
}

describe('concurrent changes of one workshop', () => {
  it('numbers 20 cycles added at the same moment 4..23: all 201, none 500', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        send(app, 'POST', `/api/workshops/${workshop.id}/cycles`, { date: '2026-09-01' }, editToken),
      ),
    );
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(201));
    const after = (await send(app, 'GET', `/api/workshops/${workshop.id}`)).json as Workshop;
    expect(after.cycles.map((c) => c.number)).toEqual(Array.from({ length: 23 }, (_, i) => i + 1));
  });

  it('keeps both edits of one entry from one version apart: one 200, one 409 with the entry as it is now', async () => {
    const { base, editToken, entry } = await workshopWithEntry('Få bostäder');
    expect(entry.version).toBe(1);
    const [a, b] = await Promise.all(
      ['Få hyresrätter', 'Få bostäder för nyanställda'].map((text) =>
        send(app, 'PATCH', `${base}/entries/${entry.id}`, { text, version: entry.version }, editToken),
      ),
    );
    const statuses = [a?.status, b?.status].sort();
    expect(statuses).toEqual([200, 409]);
    const winner = (a?.status === 200 ? a : b)?.json as Entry;
    const loser = StaleEntryBody.parse((a?.status === 409 ? a : b)?.json);
    expect(winner.version).toBe(2);
    expect(loser.error).toMatchObject({ code: 'stale_version', field: 'version' });
    expect(loser.current).toEqual(winner);
    // The loser retries from the version it was given, and nothing is lost.
    const retried = await send(
      app,
      'PATCH',
      `${base}/entries/${entry.id}`,
      { text: `${loser.current.text} och hyresrätter`, version: loser.current.version },
      editToken,
    );
    expect(retried.status).toBe(200);
    expect(retried.json).toMatchObject({ version: 3, text: `${winner.text} och hyresrätter` });
  });

  it('refuses a change without a version, naming the field', async () => {
    const { base, editToken, entry } = await workshopWithEntry('x');
    const response = await send(app, 'PATCH', `${base}/entries/${entry.id}`, { text: 'y' }, editToken);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { field: 'version' } });
  });
});
