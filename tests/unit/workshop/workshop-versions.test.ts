/** Issue 12 defect 6 beyond entries: PATCHes of a workshop, a cycle and an organisation carry a version. */
import { afterAll, describe, expect, it } from 'vitest';
import {
  StaleCycleBody,
  StaleOrganisationBody,
  StaleWorkshopBody,
  type Workshop,
} from '../../../data/contract';
import { createGnosjoWorkshop, send, tempDatabase, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
afterAll(async () => {
  await store.close();
  db.cleanup();
});

async function patch(url: string, body: unknown, token: string, ifMatch?: string) {
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    authorization: `Bearer ${token}`,
  };
  if (ifMatch !== undefined) headers['if-match'] = ifMatch;
  const response = await app.request(url, { method: 'PATCH', headers, body: JSON.stringify(body) });
  return { status: response.status, json: (await response.json()) as unknown };
}

describe('versions on workshop, cycle and organisation changes', () => {
  it('keeps two edits of the workshop from one version apart: one 200, one 409 with the workshop as it is now', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const url = `/api/workshops/${workshop.id}`;
    expect(workshop.version).toBe(1);
    const [a, b] = await Promise.all(
      ['Rekommendation A', 'Rekommendation B'].map((recommendations) =>
        patch(url, { recommendations, version: workshop.version }, editToken),
      ),
    );
    expect([a?.status, b?.status].sort()).toEqual([200, 409]);
    const winner = (a?.status === 200 ? a : b)?.json as Workshop;
    const loser = StaleWorkshopBody.parse((a?.status === 409 ? a : b)?.json);
    expect(winner.version).toBe(2);
    expect(loser.error).toMatchObject({ code: 'stale_version', field: 'version' });
    expect(loser.current.recommendations).toBe(winner.recommendations);
    expect(loser.current.version).toBe(2);
  });

  it('takes the version from If-Match as well, and refuses a malformed or contradicting one with 400', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const url = `/api/workshops/${workshop.id}`;
    expect((await patch(url, { title: 'Ny titel' }, editToken, '"1"')).status).toBe(200);
    const stale = await patch(url, { title: 'Gammal vy' }, editToken, 'W/"1"');
    expect(stale.status).toBe(409);
    expect(StaleWorkshopBody.parse(stale.json).current.title).toBe('Ny titel');
    const bad = await patch(url, { title: 'x' }, editToken, 'abc');
    expect(bad).toMatchObject({ status: 400, json: { error: { field: 'If-Match' } } });
    const contradicting = await patch(url, { title: 'x', version: 2 }, editToken, '"3"');
    expect(contradicting).toMatchObject({ status: 400, json: { error: { field: 'If-Match' } } });
  });

  it('refuses a stale cycle or organisation change with 409 and that row as it is now', async () => {
    const { workshop, editToken } = await createGnosjoWorkshop(app);
    const base = `/api/workshops/${workshop.id}`;
    const cycle = workshop.cycles[0];
    const organisation = workshop.organisations[0];
    if (!cycle || !organisation) throw new Error('the Gnosjö workshop has cycles and organisations');
    const moved = await patch(`${base}/cycles/${cycle.id}`, { date: '2026-02-03', version: 1 }, editToken);
    expect(moved.status).toBe(200);
    const staleCycle = await patch(`${base}/cycles/${cycle.id}`, { title: 'Gammal', version: 1 }, editToken);
    expect(staleCycle.status).toBe(409);
    expect(StaleCycleBody.parse(staleCycle.json).current).toMatchObject({ date: '2026-02-03', version: 2 });

    const orgUrl = `${base}/organisations/${organisation.id}`;
    expect((await patch(orgUrl, { name: 'Gnosjö kommun, näringsliv' }, editToken, '1')).status).toBe(200);
    const staleOrg = await patch(orgUrl, { name: 'Gammal', version: 1 }, editToken);
    expect(staleOrg.status).toBe(409);
    expect(StaleOrganisationBody.parse(staleOrg.json).current).toMatchObject({
      name: 'Gnosjö kommun, näringsliv',
      version: 2,
    });
    const after = (await send(app, 'GET', base)).json as Workshop;
    expect(after.cycles[0]?.title).toBe(cycle.title);
    expect(after.organisations[0]?.name).toBe('Gnosjö kommun, näringsliv');
  });
});
