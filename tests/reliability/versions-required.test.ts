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
import type { Cycle, Outcome, Workshop } from '../../data/contract';
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

/** An app on the named store with Gnosjö's workshop, its URL and edit token (limits out of the way). */
async function gnosjoOn(name: string) {
  const storage = storages[name];
  if (!storage) throw new Error(`${name} storage did not open`);
  const app = createApp({
    build: testBuild(),
    workshopStore: storage.store,
    workshopRateLimit: { capacity: 10_000, refillPerSecond: 10_000 },
  });
  const created = await createGnosjoWorkshop(app);
  return { app, created, base: `/api/workshops/${created.workshop.id}`, token: created.editToken };
}

describe.each(['sqlite', 'postgres'])('a PATCH without a version changes nothing: %s', (name) => {
  let app: ReturnType<typeof createApp>;
  let base = '';
  let token = '';
  let before: Workshop;
  let outcome: Outcome;
  const read = async () => (await send(app, 'GET', base)).json as Workshop;

  beforeAll(async () => {
    const opened = await gnosjoOn(name);
    ({ app, base, token } = opened);
    const { created } = opened;
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
    const recordUrl = `${base}/cycles/${cycleId}/record`;
    const record = await send(
      app,
      'PUT',
      recordUrl,
      { attendance: [owner], minutes: 'Protokoll', version: 0 },
      token,
    );
    expect(record.status).toBe(200);
    const decided = await send(
      app,
      'POST',
      `${base}/cycles/${cycleId}/decisions`,
      { text: 'Ansök om medel' },
      token,
    );
    expect(decided.status).toBe(201);
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

  it('the meeting record: 428, attendance, minutes and record version as they were', async () => {
    const cycle = before.cycles[0];
    const url = `${base}/cycles/${cycle?.id}/record`;
    refusedWith428(await send(app, 'PUT', url, { minutes: 'Kapad' }, token));
    refusedWith428(await send(app, 'PUT', url, { attendance: [] }, token));
    expect((await read()).cycles[0]).toEqual(cycle);
    expect(cycle?.recordVersion).toBe(1);
  });

  it('a decision: 428, text, owner, review date and version as they were', async () => {
    const decision = before.cycles[0]?.decisions[0];
    const url = `${base}/decisions/${decision?.id}`;
    refusedWith428(await send(app, 'PATCH', url, { text: 'Kapad', reviewDate: '2030-01-01' }, token));
    expect((await read()).cycles[0]?.decisions).toEqual([decision]);
    expect(decision?.version).toBe(1);
  });

  it('answers 403 without the secret and 404 for an unknown row first: probing learns nothing new', async () => {
    expect((await send(app, 'PATCH', base, { title: 'x' })).status).toBe(403);
    expect((await send(app, 'PATCH', base, { title: 'x' }, 'wrong-token')).status).toBe(403);
    expect((await send(app, 'PATCH', `/api/workshops/${UNKNOWN}`, { title: 'x' }, token)).status).toBe(404);
    expect((await send(app, 'PATCH', `${base}/cycles/${UNKNOWN}`, { title: 'x' }, token)).status).toBe(404);
    expect((await send(app, 'PATCH', `${base}/organisations/${UNKNOWN}`, { name: 'x' }, token)).status).toBe(
      404,
    );
    const record = `${base}/cycles/${before.cycles[0]?.id}/record`;
    expect((await send(app, 'PUT', record, { minutes: 'x' })).status).toBe(403);
    expect((await send(app, 'PUT', `${base}/cycles/${UNKNOWN}/record`, { minutes: 'x' }, token)).status).toBe(
      404,
    );
    expect((await send(app, 'PATCH', `${base}/decisions/${UNKNOWN}`, { text: 'x' }, token)).status).toBe(404);
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

describe.each(['sqlite', 'postgres'])(
  'two writers from the same version: one 409, no text lost: %s',
  (name) => {
    let app: ReturnType<typeof createApp>;
    let base = '';
    let token = '';
    const read = async () => (await send(app, 'GET', base)).json as Workshop;

    beforeAll(async () => {
      ({ app, base, token } = await gnosjoOn(name));
    });

    /** Both writers send what they read; the loser's 409 carries the winner's row, so a merge keeps both texts. */
    function winnerAndLoser<T>(answers: { status: number; json: unknown }[], texts: [string, string]) {
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      const won = answers.findIndex((a) => a.status === 200);
      const lost = answers[1 - won]?.json as { error: { code: string }; current: T };
      expect(lost.error.code).toBe('stale_version');
      return { winner: texts[won] ?? '', loser: texts[1 - won] ?? '', current: lost.current };
    }

    it('the meeting record, first written by two at once (both from version 0)', async () => {
      const cycle = (await read()).cycles[1];
      const url = `${base}/cycles/${cycle?.id}/record`;
      expect(cycle?.recordVersion).toBe(0);
      const texts: [string, string] = ['Anna: vi såg på pendlingen.', 'Bo: vi såg på bostäderna.'];
      const answers = await Promise.all(
        texts.map((minutes) => send(app, 'PUT', url, { minutes, version: cycle?.recordVersion }, token)),
      );
      const { winner, loser, current } = winnerAndLoser<Cycle>(answers, texts);
      expect(current).toMatchObject({ minutes: winner, recordVersion: 1 });
      const merged = `${current.minutes}\n${loser}`;
      const retry = await send(app, 'PUT', url, { minutes: merged, version: current.recordVersion }, token);
      expect(retry.status).toBe(200);
      expect((await read()).cycles[1]).toMatchObject({ minutes: merged, recordVersion: 2 });
    });

    it('a decision changed by two at once', async () => {
      const cycleId = (await read()).cycles[0]?.id;
      const added = await send(app, 'POST', `${base}/cycles/${cycleId}/decisions`, { text: 'Ansök' }, token);
      const decision = (added.json as Cycle).decisions[0];
      const url = `${base}/decisions/${decision?.id}`;
      const texts: [string, string] = ['Ansök om medel i mars', 'Ansök om medel hos regionen'];
      const answers = await Promise.all(
        texts.map((text) => send(app, 'PATCH', url, { text, version: decision?.version }, token)),
      );
      const { winner, current } = winnerAndLoser<{ text: string; version: number }>(answers, texts);
      expect(current).toMatchObject({ text: winner, version: 2 });
      expect((await read()).cycles[0]?.decisions[0]).toMatchObject({ text: winner, version: 2 });
    });

    it('takes the record version from If-Match too, "0" for a record not written yet', async () => {
      const cycle = (await read()).cycles[2];
      const response = await app.request(`${base}/cycles/${cycle?.id}/record`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'if-match': '"0"' },
        body: JSON.stringify({ minutes: 'Via If-Match' }),
      });
      expect(response.status).toBe(200);
      expect(((await response.json()) as Cycle).recordVersion).toBe(1);
    });
  },
);
