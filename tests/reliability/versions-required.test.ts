/**
 * Issue 12 defect 6, the last gap: a change without the version it is based on was accepted (last writer wins).
 * Every update route now refuses it, after the 403 and 404 checks, and leaves the row as it was; run against the
 * embedded SQLite store and a real PostgreSQL server, like the store contract suite.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { openStorage, type Storage } from '../../api/storage/open-storage';
import type { Outcome, Workshop } from '../../data/contract';
import { type PostgresCluster, startPostgresCluster } from '../support/postgres-cluster';
import { createGnosjoWorkshop, GNOSJO, send, testBuild } from '../unit/workshop/support';

let cluster: PostgresCluster;
const tempDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-versions-'));
const storages: Record<string, Storage> = {};

beforeAll(async () => {
  cluster = await startPostgresCluster();
  storages.sqlite = openStorage(path.join(tempDir, 'atlas.sqlite'));
  storages.postgres = openStorage(await cluster.createDatabase('versions'));
}, 60_000);

afterAll(async () => {
  for (const storage of Object.values(storages)) await storage.close();
  await cluster?.destroy();
  rmSync(tempDir, { recursive: true, force: true });
});

const UNKNOWN = 'Z'.repeat(22);

describe.each(['sqlite', 'postgres'])('a PATCH without a version changes nothing: %s', (name) => {
  let app: ReturnType<typeof createApp>;
  let base = '';
  let token = '';
  let before: Workshop;
  let outcome: Outcome;
  const read = async () => (await send(app, 'GET', base)).json as Workshop;

  beforeAll(async () => {
    const storage = storages[name];
    if (!storage) throw new Error(`${name} storage did not open`);
    app = createApp({
      build: testBuild(),
      workshopStore: storage.store,
      workshopRateLimit: { capacity: 10_000, refillPerSecond: 10_000 },
    });
    const created = await createGnosjoWorkshop(app);
    base = `/api/workshops/${created.workshop.id}`;
    token = created.editToken;
    const cycleId = created.workshop.cycles[0]?.id ?? '';
    const owner = created.workshop.organisations[0]?.id ?? '';
    const action = await send(
      app,
      'POST',
      `${base}/cycles/${cycleId}/entries`,
      { kind: 'action', text: 'Studiebesök på gjuteriet', action: { ownerOrganisationId: owner } },
      token,
    );
    expect(action.status).toBe(201);
    const added = await send(
      app,
      'POST',
      `${base}/outcomes`,
      {
        statement: 'Fler praktikplatser',
        actionIds: [(action.json as { id: string }).id],
        evidence: [{ kind: 'indicator', indicatorId: 'population_total', municipality: GNOSJO }],
      },
      token,
    );
    expect(added.status).toBe(201);
    outcome = added.json as Outcome;
    before = await read();
  });

  const refusedWith428 = (response: { status: number; json: unknown }) => {
    expect(response.status).toBe(428);
    expect(response.json).toMatchObject({ error: { code: 'version_required', field: 'version' } });
    expect((response.json as { error: { message: string } }).error.message).toMatch(/version.*If-Match/);
  };

  it('the workshop: 428 version_required, title and version as they were', async () => {
    refusedWith428(await send(app, 'PATCH', base, { title: 'Kapad titel' }, token));
    refusedWith428(await send(app, 'PATCH', base, { recommendations: 'Skriven över' }, token));
    const after = await read();
    expect(after).toMatchObject({
      title: before.title,
      recommendations: before.recommendations,
      version: before.version,
    });
  });

  it('a cycle: 428, date, title and version as they were', async () => {
    const cycle = before.cycles[0];
    refusedWith428(
      await send(app, 'PATCH', `${base}/cycles/${cycle?.id}`, { date: '2030-01-01', title: 'x' }, token),
    );
    expect((await read()).cycles[0]).toEqual(cycle);
  });

  it('an organisation: 428, name, kind and version as they were', async () => {
    const organisation = before.organisations[1];
    refusedWith428(
      await send(
        app,
        'PATCH',
        `${base}/organisations/${organisation?.id}`,
        { name: 'Kapad', kind: 'firm' },
        token,
      ),
    );
    expect((await read()).organisations[1]).toEqual(organisation);
  });

  it('an entry and its status: 400 naming version (a required body field), the entry as it was', async () => {
    const entry = before.cycles[0]?.entries[0];
    const url = `${base}/entries/${entry?.id}`;
    const text = await send(app, 'PATCH', url, { text: 'Kapad' }, token);
    expect(text).toMatchObject({ status: 400, json: { error: { field: 'version' } } });
    const status = await send(app, 'PUT', `${url}/status`, { status: 'done' }, token);
    expect(status).toMatchObject({ status: 400, json: { error: { field: 'version' } } });
    expect((await read()).cycles[0]?.entries[0]).toEqual(entry);
  });

  it('an outcome: 400 naming version, the outcome as it was', async () => {
    const url = `${base}/outcomes/${outcome.id}`;
    const response = await send(app, 'PATCH', url, { statement: 'Kapad', status: 'achieved' }, token);
    expect(response).toMatchObject({ status: 400, json: { error: { field: 'version' } } });
    expect((await send(app, 'GET', `${base}/outcomes`)).json).toEqual([outcome]);
  });

  it('answers 403 without the secret and 404 for an unknown row first: probing learns nothing new', async () => {
    expect((await send(app, 'PATCH', base, { title: 'x' })).status).toBe(403);
    expect((await send(app, 'PATCH', base, { title: 'x' }, 'wrong-token')).status).toBe(403);
    expect((await send(app, 'PATCH', `/api/workshops/${UNKNOWN}`, { title: 'x' }, token)).status).toBe(404);
    expect((await send(app, 'PATCH', `${base}/cycles/${UNKNOWN}`, { title: 'x' }, token)).status).toBe(404);
    expect((await send(app, 'PATCH', `${base}/organisations/${UNKNOWN}`, { name: 'x' }, token)).status).toBe(
      404,
    );
    expect(await read()).toEqual(before);
  });

  it('still takes the version from If-Match instead of the body', async () => {
    const response = await app.request(base, {
      method: 'PATCH',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'if-match': `"${before.version}"`,
      },
      body: JSON.stringify({ title: 'Ny titel' }),
    });
    expect(response.status).toBe(200);
    expect(((await response.json()) as Workshop).version).toBe(before.version + 1);
  });

  it('a deleted workshop is 404, not 428', async () => {
    const doomed = await createGnosjoWorkshop(app);
    const url = `/api/workshops/${doomed.workshop.id}`;
    expect((await send(app, 'DELETE', url, undefined, doomed.editToken)).status).toBe(204);
    expect((await send(app, 'PATCH', url, { title: 'x' }, doomed.editToken)).status).toBe(404);
  });
});
