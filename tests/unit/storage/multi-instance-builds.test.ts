/**
 * Issue 16 §2 with two real API processes on one PostgreSQL database and one shared builds root
 * (ATLAS_BUILDS_ROOT): live events over SSE reach the other instance's clients, the write and import limits hold
 * across both processes, and a new data build written by the process holding the build lock is checked and
 * served by the other one without a restart, while the other never writes a build of its own.
 * The two processes are started once and reused by every case.
 */
import {
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
  CreateWorkshopResponse,
  Entry,
  SavedImport,
  Workshop,
  WorkshopEvent,
} from '../../../data/contract';
import type { HealthResponse, ValuesResponse } from '../../../data/contract/api';
import pg from 'pg';
import { readPointer, writePointer } from '../../../api/build/shared/build-pointer';
import { BUILD_LOCK } from '../../../api/storage/postgres/pg-build-lock';
import { type ApiProcess, callApi, killRunning, startTwoWithWorkshop } from '../../support/api-process';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { openEventStream } from '../../support/sse-client';
import { requestFrom } from '../../support/request-from';
import { TEST_BUILD_DIR } from '../../support/paths';
import { fixture } from '../imports-api/imports-app';
import { GNOSJO_WORKSHOP } from '../workshop/support';

const IMPORTED = 'import_larlingsplatser_i_verkstader';
const WRITE_BURST = 20;
let cluster: PostgresCluster;
let databaseUrl = '';
let root = '';
let buildsRoot = '';
let a: ApiProcess;
let b: ApiProcess;
let workshop: Workshop;
let token = '';
const testBuildId = (
  JSON.parse(readFileSync(path.join(TEST_BUILD_DIR, 'manifest.json'), 'utf8')) as { buildId: string }
).buildId;

beforeAll(async () => {
  cluster = await startPostgresCluster();
  const url = await cluster.createDatabase('builds');
  databaseUrl = url;
  root = mkdtempSync(path.join(tmpdir(), 'atlas-shared-builds-'));
  buildsRoot = path.join(root, 'builds');
  const env = {
    ATLAS_DB: url,
    ATLAS_BUILDS_ROOT: buildsRoot,
    ATLAS_BUILD_POLL_SECONDS: '2',
    ATLAS_IMPORTS_DIR: path.join(root, 'files'),
    ATLAS_WRITE_BURST: String(WRITE_BURST),
    ATLAS_WRITE_PER_SECOND: '0.001',
  };
  // Until the first shared build, both serve ATLAS_BUILD_DIR (the test build, which nobody writes).
  let created: CreateWorkshopResponse;
  ({ a, b, created } = await startTwoWithWorkshop(env, GNOSJO_WORKSHOP));
  workshop = created.workshop;
  token = created.editToken;
});

afterAll(async () => {
  killRunning(a, b);
  await cluster?.destroy();
  if (root) rmSync(root, { recursive: true, force: true });
});

const call = (instance: ApiProcess, method: string, route: string, body?: unknown) =>
  callApi(instance, method, route, body, token);

const entriesPath = () => `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`;
const eventsUrl = (instance: ApiProcess) => `${instance.url}/api/workshops/${workshop.id}/events`;

async function health(instance: ApiProcess): Promise<HealthResponse> {
  return (await call(instance, 'GET', '/api/health')).json as HealthResponse;
}

async function waitFor(check: () => Promise<boolean> | boolean, what: string, timeoutMs = 60_000) {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('live events across instances', () => {
  it('delivers an entry written through A to an SSE client of B, and A catches a reconnect up from Last-Event-ID', async () => {
    const onB = await openEventStream(eventsUrl(b));
    expect(onB.status).toBe(200);
    await onB.next((event) => event.event === 'ready');
    const first = (await call(a, 'POST', entriesPath(), { kind: 'obstacle', text: 'Få bostäder' }))
      .json as Entry;
    const heard = await onB.next((event) => event.event === 'workshop', 30_000);
    const event = JSON.parse(heard.data) as WorkshopEvent;
    expect(event).toMatchObject({ type: 'entry_added', subjectId: first.id, workshopId: workshop.id });
    expect(heard.id).toBe(String(event.seq));
    onB.close();

    // Written through B while nobody listens; the page reconnects to the other instance with the last id it had.
    const missed = (await call(b, 'POST', entriesPath(), { kind: 'activity', text: 'Bostadsmässa' }))
      .json as Entry;
    const onA = await openEventStream(eventsUrl(a), { lastEventId: heard.id ?? '' });
    const caughtUp = JSON.parse(
      (await onA.next((e) => e.event === 'workshop', 30_000)).data,
    ) as WorkshopEvent;
    expect(caughtUp).toMatchObject({ seq: event.seq + 1, type: 'entry_added', subjectId: missed.id });
    onA.close();
  });
});

describe('rate limits across two processes', () => {
  it('stops workshop writes of one client at the same total whichever instance takes them', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < WRITE_BURST + 10; i += 1) {
      const response = await requestFrom('127.0.0.3', `${(i % 2 ? a : b).url}${entriesPath()}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ kind: 'activity', text: `skrivning ${i}` }),
      });
      statuses.push(response.status);
    }
    // Each process's own memory would have let all 30 through (15 each).
    expect(statuses).toEqual([...Array<number>(WRITE_BURST).fill(201), ...Array<number>(10).fill(429)]);
  });

  it('shares the import preview limit (30, then 1 every 2 s) between the processes', async () => {
    const csv = new Uint8Array(fixture('larlingsplatser-excel-1252.csv'));
    const started = Date.now();
    const statuses: number[] = [];
    for (let i = 0; i < 40; i += 1) {
      const response = await requestFrom(
        '127.0.0.4',
        `${(i % 2 ? a : b).url}/api/imports/preview?kind=indicator`,
        {
          method: 'POST',
          headers: { 'content-type': 'text/csv' },
          body: csv,
        },
      );
      statuses.push(response.status);
    }
    const refilled = Math.ceil(((Date.now() - started) / 1000) * 0.5);
    const allowed = statuses.filter((status) => status === 200).length;
    expect(statuses.slice(0, 30)).toEqual(Array<number>(30).fill(200));
    expect(allowed).toBeLessThanOrEqual(30 + refilled);
    expect(statuses.filter((status) => status === 429).length).toBe(40 - allowed);
  });

  it('shares the import save limit (10, then 1 every 10 s) between the processes', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i += 1) {
      const response = await requestFrom('127.0.0.5', `${(i % 2 ? a : b).url}/api/imports/no-such-import`, {
        method: 'DELETE',
      });
      statuses.push(response.status);
    }
    expect(statuses).toEqual([...Array<number>(10).fill(404), 429, 429]);
  });
});

describe('data builds across instances', () => {
  let newBuildId = '';

  it('builds on the instance that holds the lock; the other refuses with 409 naming the holder, then serves the new build', async () => {
    expect((await health(a)).buildId).toBe(testBuildId);
    expect((await health(b)).buildId).toBe(testBuildId);
    const csv = new Uint8Array(fixture('larlingsplatser-excel-1252.csv'));
    const saveOn = (instance: ApiProcess) =>
      fetch(`${instance.url}/api/imports?kind=indicator&name=larlingsplatser.csv`, {
        method: 'POST',
        headers: { 'content-type': 'text/csv' },
        body: csv,
      });
    // The test holds the build lock itself while B is asked, so the refusal does not race a rebuild that may
    // finish in a few seconds on a quiet machine.
    const holder = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'atlas-builder test-holder',
    });
    await holder.connect();
    try {
      const { rows } = await holder.query<{ got: boolean }>('SELECT pg_try_advisory_lock($1) AS got', [
        BUILD_LOCK,
      ]);
      expect(rows[0]?.got).toBe(true);
      const refused = await saveOn(b);
      expect(refused.status).toBe(409);
      const reason = (await refused.json()) as { error: { code: string; message: string } };
      expect(reason.error.code).toBe('conflict');
      expect(reason.error.message).toContain('atlas-builder test-holder');
      const removeOnB = await fetch(`${b.url}/api/imports/larlingsplatser`, { method: 'DELETE' });
      expect(removeOnB.status).toBe(409);
    } finally {
      await holder.end();
    }
    // B wrote no build while refusing (the root is created by the first writer).
    expect(existsSync(buildsRoot) ? readdirSync(buildsRoot) : []).toEqual([]);

    const onA = saveOn(a);
    const saved = await onA;
    const body = (await saved.json()) as SavedImport;
    expect(saved.status, JSON.stringify(body)).toBe(201);
    newBuildId = body.buildId;
    expect(newBuildId).not.toBe(testBuildId);
    expect((await health(a)).buildId).toBe(newBuildId);

    await waitFor(async () => (await health(b)).buildId === newBuildId, 'B to serve the new build');
    const values = (await call(b, 'GET', `/api/indicators/${IMPORTED}/values?year=2024`))
      .json as ValuesResponse;
    expect(Object.fromEntries(values.values.map((row) => [row.code, row.value]))).toEqual({
      '0617': 13.25,
      '0662': 9.5,
      '0685': 7,
    });
    // One build directory, written by A; B swapped without a restart and wrote none.
    expect(readdirSync(buildsRoot).sort()).toEqual([newBuildId, 'current.json'].sort());
    expect(readPointer(buildsRoot)).toMatchObject({
      buildId: newBuildId,
      writer: expect.stringContaining(`pid ${a.child.pid}`),
    });
    expect(b.child.exitCode).toBeNull();
    expect(b.output()).toContain(`now serving build ${newBuildId}`);
    expect(b.output()).not.toMatch(/build [0-9a-f]+ written to/);
  }, 420_000);

  it('keeps serving its build when the announced one fails its check (a file that does not match the manifest)', async () => {
    const good = readPointer(buildsRoot)!;
    const fake = 'badc0ffee0ddf00d';
    const source = path.join(buildsRoot, good.dir);
    const target = path.join(buildsRoot, fake);
    const manifest = JSON.parse(readFileSync(path.join(source, 'manifest.json'), 'utf8')) as {
      buildId: string;
      outputs: { file: string }[];
    };
    for (const output of manifest.outputs) {
      mkdirSync(path.dirname(path.join(target, output.file)), { recursive: true });
      if (output.file !== 'firm-sites.geojson')
        linkSync(path.join(source, output.file), path.join(target, output.file));
    }
    // Still valid JSON of the same size, but not the file whose hash the manifest lists.
    const firms = readFileSync(path.join(source, 'firm-sites.geojson'), 'utf8');
    writeFileSync(path.join(target, 'firm-sites.geojson'), firms.replace(/\n$/, ' '));
    writeFileSync(path.join(target, 'manifest.json'), JSON.stringify({ ...manifest, buildId: fake }));
    writePointer(buildsRoot, { ...good, buildId: fake, dir: fake, previous: [good.dir] });
    await waitFor(() => b.output().includes(`build ${fake} rejected`), 'B to reject the bad build', 30_000);
    expect((await health(b)).buildId).toBe(newBuildId);
    expect(b.output()).toMatch(/firm-sites\.geojson does not match the SHA-256 in the manifest/);
    writePointer(buildsRoot, good);
    rmSync(target, { recursive: true });
  });
});
