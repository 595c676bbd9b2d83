/**
 * Issue 16 §4: two API processes on one real PostgreSQL database. 50 clients write and vote through both; the
 * database's connections are cut mid-request and the server is stopped and restarted; one instance is SIGKILLed
 * mid-write. No acknowledged write may be lost, no request may get a 500, no process may crash.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { CreateWorkshopResponse, Entry, Workshop } from '../../../data/contract';
import {
  type ApiProcess,
  callApi,
  killRunning,
  spawnApi,
  startApiProcess,
  startTwoWithWorkshop,
} from '../../support/api-process';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { GNOSJO_WORKSHOP } from '../workshop/support';

let cluster: PostgresCluster;
let url = '';
let a: ApiProcess;
let b: ApiProcess;
let workshop: Workshop;
let token = '';

const UNLIMITED = { ATLAS_WRITE_BURST: '1000000', ATLAS_WRITE_PER_SECOND: '1000000' };

beforeAll(async () => {
  cluster = await startPostgresCluster();
  url = await cluster.createDatabase('multi');
  let created: CreateWorkshopResponse;
  ({ a, b, created } = await startTwoWithWorkshop({ ATLAS_DB: url, ...UNLIMITED }, GNOSJO_WORKSHOP));
  workshop = created.workshop;
  token = created.editToken;
});

afterAll(async () => {
  killRunning(a, b);
  await cluster?.destroy();
});

const call = (instance: ApiProcess, method: string, route: string, body?: unknown) =>
  callApi(instance, method, route, body, token);

const entriesPath = () => `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`;

async function read(instance: ApiProcess): Promise<Workshop> {
  const response = await call(instance, 'GET', `/api/workshops/${workshop.id}`);
  expect(response.status).toBe(200);
  return response.json as Workshop;
}

describe('two API instances on one PostgreSQL database', () => {
  it('loses no write or vote of 50 clients writing and voting through both', async () => {
    const obstacle = (await call(a, 'POST', entriesPath(), { kind: 'obstacle', text: 'Få bostäder' }))
      .json as Entry;
    const acknowledged: string[] = [];
    let votes = 0;
    await Promise.all(
      Array.from({ length: 50 }, async (_, client) => {
        for (let i = 0; i < 4; i += 1) {
          const instance = (client + i) % 2 === 0 ? a : b;
          const written = await call(instance, 'POST', entriesPath(), {
            kind: 'activity',
            text: `klient ${client} skrivning ${i}`,
          });
          expect(written.status).toBe(201);
          acknowledged.push((written.json as Entry).id);
          const voted = await call(
            instance,
            'POST',
            `/api/workshops/${workshop.id}/entries/${obstacle.id}/votes`,
          );
          expect(voted.status).toBe(200);
          votes += 1;
        }
      }),
    );
    expect(acknowledged).toHaveLength(200);
    for (const instance of [a, b]) {
      const entries = (await read(instance)).cycles[0]?.entries ?? [];
      expect(new Set(entries.map((e) => e.id))).toEqual(new Set([obstacle.id, ...acknowledged]));
      expect(entries.find((e) => e.id === obstacle.id)?.votes).toBe(votes);
    }
  });

  it('keeps one entry version history across instances: the second edit from one version gets 409', async () => {
    const entry = (await call(a, 'POST', entriesPath(), { kind: 'obstacle', text: 'x' })).json as Entry;
    const path = `/api/workshops/${workshop.id}/entries/${entry.id}`;
    const results = await Promise.all([
      call(a, 'PATCH', path, { text: 'från A', version: 1 }),
      call(b, 'PATCH', path, { text: 'från B', version: 1 }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it('answers 503 (never 500, never a crash) while the database is cut off or down, and writes resume', async () => {
    // Cut every connection of both instances while 40 writes are in flight.
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    const inFlight = Array.from({ length: 40 }, (_, i) =>
      call(i % 2 ? a : b, 'POST', entriesPath(), { kind: 'activity', text: `mitt i ${i}` }),
    );
    await admin.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = 'multi' AND pid <> pg_backend_pid()`,
    );
    await admin.end();
    const outcomes = await Promise.all(inFlight);
    for (const outcome of outcomes) expect([201, 503]).toContain(outcome.status);

    cluster.stop();
    for (const instance of [a, b]) {
      const down = await call(instance, 'POST', entriesPath(), {
        kind: 'activity',
        text: 'när databasen är nere',
      });
      expect(down.status).toBe(503);
      expect(down.json).toMatchObject({ error: { code: 'unavailable' } });
      expect((await call(instance, 'GET', `/api/workshops/${workshop.id}`)).status).toBe(503);
    }
    cluster.start();
    for (const instance of [a, b]) {
      const back = await call(instance, 'POST', entriesPath(), { kind: 'activity', text: 'tillbaka' });
      expect(back.status).toBe(201);
    }
    expect(a.child.exitCode).toBeNull();
    expect(b.child.exitCode).toBeNull();
    expect(a.output() + b.output()).not.toMatch(/Unhandled|TypeError|at .*\.ts:\d+/);
  });

  it('loses no acknowledged write when one instance is SIGKILLed mid-write; the other keeps serving', async () => {
    const acknowledged: string[] = [];
    let killed = false;
    const writer = async (instance: ApiProcess, name: string) => {
      for (let i = 0; i < 120 && !(killed && instance === a); i += 1) {
        try {
          const written = await call(instance, 'POST', entriesPath(), {
            kind: 'activity',
            text: `${name} ${i}`,
          });
          if (written.status === 201) acknowledged.push((written.json as Entry).id);
          else throw new Error(`${name}: ${written.status}`);
        } catch (error) {
          if (instance === a && killed) return; // the connection to the killed instance broke: expected
          throw error;
        }
      }
    };
    const writes = [writer(a, 'A'), writer(a, 'A2'), writer(b, 'B')];
    await new Promise((resolve) => setTimeout(resolve, 700));
    killed = true;
    a.child.kill('SIGKILL');
    await Promise.all(writes);
    const stored = new Set(((await read(b)).cycles[0]?.entries ?? []).map((e) => e.id));
    expect(acknowledged.length).toBeGreaterThan(20);
    expect(acknowledged.filter((id) => !stored.has(id))).toEqual([]);
  });
});

describe('a bad ATLAS_DB', () => {
  it('refuses to start on a malformed URL, saying what is wrong without echoing a password', async () => {
    const bad = spawnApi({ ATLAS_DB: 'postgres://atlas:hemligt@/' });
    const code = await new Promise<number | null>((resolve) => bad.child.once('exit', resolve));
    expect(code).toBe(1);
    expect(bad.output()).toContain('ATLAS_DB is not a valid URL: expected postgres://');
    expect(bad.output()).not.toContain('hemligt');
  });

  it('starts against a database that is not there and answers 503 with a reason', async () => {
    const lonely = await startApiProcess({ ATLAS_DB: `postgres://atlas@127.0.0.1:${cluster.port + 1}/none` });
    const response = await fetch(`${lonely.url}/api/workshops/${workshop.id}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: { code: 'unavailable' } });
    expect(lonely.output()).toContain('PostgreSQL unavailable');
    expect((await lonely.stop()).code).toBe(0);
  });
});
