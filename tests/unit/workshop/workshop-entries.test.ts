import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreateWorkshopResponse, Entry, VoteTally, Workshop } from '../../../data/contract';
import { createGnosjoWorkshop, GNOSJO, send, tempDatabase, testBuild, workshopApp } from './support';

const db = tempDatabase();
const { app, store } = workshopApp({ file: db.file });
let created: CreateWorkshopResponse;
let base: string;
let cycle1: string;
const post = (url: string, body: unknown) => send(app, 'POST', url, body, created.editToken);

beforeAll(async () => {
  created = await createGnosjoWorkshop(app);
  base = `/api/workshops/${created.workshop.id}`;
  cycle1 = created.workshop.cycles[0]?.id ?? '';
});
afterAll(async () => {
  await store.close();
  db.cleanup();
});

describe('entries of a cycle', () => {
  it('records an obstacle linked to the housing balance with the value, year, source and build it showed', async () => {
    const municipality = created.workshop.organisations[0]?.id;
    const response = await post(`${base}/cycles/${cycle1}/entries`, {
      kind: 'obstacle',
      text: 'Inga lediga hyresrätter',
      organisationId: municipality,
      theme: 'housing',
      links: [{ indicatorId: 'housing_market_balance', municipality: GNOSJO }],
    });
    expect(response.status).toBe(201);
    const entry = response.json as Entry;
    const build = testBuild();
    const series = build.seriesByIndicator.get('housing_market_balance');
    const latestYear = Math.max(...(series?.keys() ?? []));
    expect(entry.links[0]).toMatchObject({
      indicatorId: 'housing_market_balance',
      municipality: GNOSJO,
      year: latestYear,
      value: series?.get(latestYear)?.municipalities[GNOSJO],
      buildId: build.manifest.buildId,
    });
    expect(entry.links[0]?.source.publisher).toMatch(/Boverket/);
    expect(entry.buildId).toBe(build.manifest.buildId);
  });

  it('stores text as plain text, byte for byte', async () => {
    const text = '<img src=x onerror=alert(1)> & <script>alert(2)</script>';
    const entry = (await post(`${base}/cycles/${cycle1}/entries`, { kind: 'challenge', text })).json as Entry;
    expect(entry.text).toBe(text);
  });

  it('gives an action an owner, a status and by default the next cycle’s date as due date', async () => {
    const owner = created.workshop.organisations[2]?.id;
    const response = await post(`${base}/cycles/${cycle1}/entries`, {
      kind: 'action',
      text: 'Kartlägg bostadsbehov hos nyanställda',
      action: { ownerOrganisationId: owner },
    });
    expect(response.status).toBe(201);
    const entry = response.json as Entry;
    expect(entry.action).toEqual({ ownerOrganisationId: owner, dueDate: '2026-03-24', status: 'planned' });
    const status = await send(
      app,
      'PUT',
      `${base}/entries/${entry.id}/status`,
      { status: 'in_progress', version: entry.version },
      created.editToken,
    );
    expect((status.json as Entry).action?.status).toBe('in_progress');
    const done = await send(
      app,
      'PATCH',
      `${base}/entries/${entry.id}`,
      { action: { status: 'done' }, version: (status.json as Entry).version },
      created.editToken,
    );
    expect((done.json as Entry).action).toMatchObject({ status: 'done', dueDate: '2026-03-24' });
  });

  it('checks a new entry against the cycles and organisations only, without reading the whole workshop', async () => {
    const whole = vi.spyOn(store, 'getWorkshop');
    const outline = vi.spyOn(store, 'getWorkshopOutline');
    try {
      const owner = created.workshop.organisations[1]?.id;
      const response = await post(`${base}/cycles/${cycle1}/entries`, {
        kind: 'action',
        text: 'Ordna praktikplatser',
        organisationId: owner,
        action: { ownerOrganisationId: owner },
      });
      expect(response.status).toBe(201);
      // The due date still defaults to the next cycle's date, read from the outline.
      expect((response.json as Entry).action).toMatchObject({
        ownerOrganisationId: owner,
        dueDate: '2026-03-24',
      });
      expect(outline).toHaveBeenCalledTimes(1);
      expect(whole).not.toHaveBeenCalled();
    } finally {
      whole.mockRestore();
      outline.mockRestore();
    }
  });

  it('refuses to delete an organisation that still owns actions (409)', async () => {
    const owner = created.workshop.organisations[2]?.id;
    const response = await send(
      app,
      'DELETE',
      `${base}/organisations/${owner}`,
      undefined,
      created.editToken,
    );
    expect(response.status).toBe(409);
  });

  it('updates and deletes an entry', async () => {
    const entry = (await post(`${base}/cycles/${cycle1}/entries`, { kind: 'activity', text: 'Studiebesök' }))
      .json as Entry;
    const patched = await send(
      app,
      'PATCH',
      `${base}/entries/${entry.id}`,
      { text: 'Studiebesök hos gjuteri', theme: 'skills', version: 1 },
      created.editToken,
    );
    expect(patched.json).toMatchObject({
      text: 'Studiebesök hos gjuteri',
      theme: 'skills',
      kind: 'activity',
    });
    expect(
      (await send(app, 'DELETE', `${base}/entries/${entry.id}`, undefined, created.editToken)).status,
    ).toBe(204);
    expect(
      (await send(app, 'PATCH', `${base}/entries/${entry.id}`, { text: 'x', version: 2 }, created.editToken))
        .status,
    ).toBe(404);
  });
});

describe('validation names the field', () => {
  const cases: [string, unknown, string][] = [
    ['an unknown kind', { kind: 'wish', text: 'x' }, 'kind'],
    ['empty text', { kind: 'obstacle', text: '   ' }, 'text'],
    ['an action without owner', { kind: 'action', text: 'x' }, 'action'],
    [
      'an owner on a non-action',
      { kind: 'obstacle', text: 'x', action: { ownerOrganisationId: 'AAAAAAAAAAAAAAAAAAAAAA' } },
      'action',
    ],
    [
      'an unknown indicator',
      { kind: 'obstacle', text: 'x', links: [{ indicatorId: 'no_such_indicator', municipality: GNOSJO }] },
      'links.0.indicatorId',
    ],
    [
      'a malformed municipality',
      { kind: 'obstacle', text: 'x', links: [{ indicatorId: 'population_total', municipality: '617' }] },
      'links.0.municipality',
    ],
    ['an unknown theme', { kind: 'obstacle', text: 'x', theme: 'weather' }, 'theme'],
    [
      'an organisation of another workshop',
      { kind: 'obstacle', text: 'x', organisationId: 'AAAAAAAAAAAAAAAAAAAAAA' },
      'organisationId',
    ],
  ];
  it.each(cases)('rejects %s with 400 naming %s', async (_name, body, field) => {
    const response = await post(`${base}/cycles/${cycle1}/entries`, body);
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { code: 'invalid_parameter', field } });
  });

  it('rejects a workshop for a municipality code that does not exist', async () => {
    const response = await send(app, 'POST', '/api/workshops', {
      title: 'x',
      municipalities: ['9999'],
      cycles: [{ date: '2026-01-01' }],
    });
    expect(response.status).toBe(400);
    expect(response.json).toMatchObject({ error: { field: 'municipalities.0' } });
  });

  it('rejects a cycle date that is not YYYY-MM-DD', async () => {
    const response = await post(`${base}/cycles`, { date: '24/3/2026' });
    expect(response.json).toMatchObject({ error: { field: 'date' } });
  });
});

describe('dot voting on obstacles and solutions', () => {
  it('counts votes, takes them back, never below zero, and refuses votes on other kinds', async () => {
    const obstacle = (
      await post(`${base}/cycles/${cycle1}/entries`, { kind: 'obstacle', text: 'Långa pendlingstider' })
    ).json as Entry;
    const solution = (await post(`${base}/cycles/${cycle1}/entries`, { kind: 'solution', text: 'Samåkning' }))
      .json as Entry;
    const vote = (id: string, method = 'POST') =>
      send(app, method, `${base}/entries/${id}/votes`, undefined, created.editToken);
    for (let i = 0; i < 3; i += 1) await vote(obstacle.id);
    expect((await vote(solution.id)).json as VoteTally).toEqual({ entryId: solution.id, votes: 1 });
    expect(((await vote(obstacle.id, 'DELETE')).json as VoteTally).votes).toBe(2);
    await vote(solution.id, 'DELETE');
    expect(((await vote(solution.id, 'DELETE')).json as VoteTally).votes).toBe(0);
    const activity = (await post(`${base}/cycles/${cycle1}/entries`, { kind: 'activity', text: 'Mässa' }))
      .json as Entry;
    expect((await vote(activity.id)).status).toBe(400);
    expect((await send(app, 'POST', `${base}/entries/${obstacle.id}/votes`)).status).toBe(403);

    const workshop = (await send(app, 'GET', base)).json as Workshop;
    const tallies = Object.fromEntries(workshop.cycles[0]?.entries.map((e) => [e.id, e.votes]) ?? []);
    expect(tallies[obstacle.id]).toBe(2);
    expect(tallies[solution.id]).toBe(0);
  });
});
