/**
 * Issue 16 §2 with two real API processes on one PostgreSQL database and one shared builds root
 * (ATLAS_BUILDS_ROOT): live events over SSE reach the other instance's clients, the write and import limits hold
 * across both processes, and a new data build written by the process holding the build lock is checked and
 * served by the other one without a restart, while the other never writes a build of its own. A third process
 * sees the builds root read-only (its own mount namespace): it never takes the build lock and refuses import
 * changes with a 503. Old builds are pruned only when no live instance still serves them.
 * The three processes are started once and reused by every case.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
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
import type { ValuesResponse } from '../../../data/contract/api';
import type { ImportList } from '../../../data/contract/imports';
import pg from 'pg';
import { readPointer, writePointer } from '../../../api/build/shared/build-pointer';
import { BUILD_LOCK } from '../../../api/storage/postgres/pg-build-lock';
import {
  type ApiProcess,
  callApi,
  killRunning,
  startApiProcess,
  startTwoWithWorkshop,
} from '../../support/api-process';
import { type PostgresCluster, startPostgresCluster } from '../../support/postgres-cluster';
import { openEventStream } from '../../support/sse-client';
import { readOnlyView } from '../../support/read-only-view';
import { requestFrom } from '../../support/request-from';
import { TEST_BUILD_DIR } from '../../support/paths';
import { fixture } from '../imports-api/imports-app';
import { GNOSJO_WORKSHOP } from '../workshop/support';
import { copyBuild, saveImport, servedBuildId, waitFor } from './shared-builds-support';

const IMPORTED = 'import_larlingsplatser_i_verkstader';
const WRITE_BURST = 20;
const START_TIMEOUT_MS = 180_000;
let cluster: PostgresCluster;
let databaseUrl = '';
let root = '';
let buildsRoot = '';
let a: ApiProcess;
let b: ApiProcess;
/** Sees the builds root read-only. */
let c: ApiProcess;
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
    ATLAS_BUILDS_KEEP: '2',
    // Longer than any rebuild here: the stopped instance of the pruning case still counts as live.
    ATLAS_BUILDS_GRACE_SECONDS: '900',
    ATLAS_IMPORTS_DIR: path.join(root, 'files'),
    ATLAS_WRITE_BURST: String(WRITE_BURST),
    ATLAS_WRITE_PER_SECOND: '0.001',
  };
  // Until the first shared build, both serve ATLAS_BUILD_DIR (the test build, which nobody writes).
  let created: CreateWorkshopResponse;
  // The read-only view binds the root onto itself, so it must exist first.
  mkdirSync(buildsRoot);
  // Generous: on a shared machine under load a start alone has taken over a minute.
  ({ a, b, created } = await startTwoWithWorkshop(env, GNOSJO_WORKSHOP, START_TIMEOUT_MS));
  c = await startApiProcess(env, START_TIMEOUT_MS, readOnlyView(buildsRoot));
  workshop = created.workshop;
  token = created.editToken;
}, 480_000);

afterAll(async () => {
  if (b?.child.exitCode === null) b.child.kill('SIGCONT');
  killRunning(a, b, c);
  await cluster?.destroy();
  if (root) rmSync(root, { recursive: true, force: true });
});

const call = (instance: ApiProcess, method: string, route: string, body?: unknown) =>
  callApi(instance, method, route, body, token);

const entriesPath = () => `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]?.id}/entries`;
const eventsUrl = (instance: ApiProcess) => `${instance.url}/api/workshops/${workshop.id}/events`;

// A connection reset while an instance checks a build (its event loop busy for seconds) means "not yet".
const serving = (instances: ApiProcess[], id: string, what: string) =>
  waitFor(
    () =>
      Promise.all(instances.map(servedBuildId)).then(
        (served) => served.every((one) => one === id),
        () => false,
      ),
    what,
  );

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

let newBuildId = '';

describe('data builds across instances', () => {
  it('builds on the instance that holds the lock; the other refuses with 409 naming the holder, then serves the new build', async () => {
    expect(await servedBuildId(a)).toBe(testBuildId);
    expect(await servedBuildId(b)).toBe(testBuildId);
    const saveOn = (instance: ApiProcess) =>
      saveImport(instance, 'indicator', 'larlingsplatser-excel-1252.csv', 'larlingsplatser.csv');
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
    // B wrote no build while refusing (its start-up probe of the root leaves nothing).
    expect(readdirSync(buildsRoot)).toEqual([]);

    const onA = saveOn(a);
    const saved = await onA;
    const body = (await saved.json()) as SavedImport;
    expect(saved.status, JSON.stringify(body)).toBe(201);
    newBuildId = body.buildId;
    expect(newBuildId).not.toBe(testBuildId);
    expect(await servedBuildId(a)).toBe(newBuildId);

    await serving([b], newBuildId, 'B to serve the new build');
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
    // Still valid JSON of the same size, but not the file whose hash the manifest lists.
    copyBuild(source, target, fake, {
      file: 'firm-sites.geojson',
      change: (text) => text.replace(/\n$/, ' '),
    });
    writePointer(buildsRoot, { ...good, buildId: fake, dir: fake, previous: [good.dir] });
    await waitFor(() => b.output().includes(`build ${fake} rejected`), 'B to reject the bad build', 30_000);
    expect(await servedBuildId(b)).toBe(newBuildId);
    expect(b.output()).toMatch(/firm-sites\.geojson does not match the SHA-256 in the manifest/);
    writePointer(buildsRoot, good);
    rmSync(target, { recursive: true });
  });
});

describe('an instance whose builds root is read-only', () => {
  it('never takes the build lock: an import save or removal is a 503 naming the reason, and no import is lost', async () => {
    expect(c.output()).toContain('read-only builds root: this instance serves builds, another writes them');
    expect(c.output()).toContain(`${buildsRoot} cannot be written (EROFS)`);
    // It still follows the builds the writer makes.
    await serving([c], newBuildId, "C to serve A's build");
    const names = async () =>
      ((await call(a, 'GET', '/api/imports')).json as ImportList).imports.map((i) => i.name);
    const before = await names();
    expect(before).toEqual(['larlingsplatser']);

    const refused = await saveImport(c, 'firms', 'firms.csv');
    expect(refused.status).toBe(503);
    const reason = (await refused.json()) as { error: { code: string; message: string } };
    expect(reason.error.code).toBe('unavailable');
    expect(reason.error.message).toContain('read-only builds root');
    expect(reason.error.message).toContain('nothing was saved');
    expect((await fetch(`${c.url}/api/imports/larlingsplatser`, { method: 'DELETE' })).status).toBe(503);
    expect(await names()).toEqual(before);
    const list = (await call(c, 'GET', '/api/imports')).json as ImportList;
    expect(list).toMatchObject({
      writable: false,
      readOnlyReason: expect.stringContaining('read-only builds root'),
    });
    expect(c.output()).not.toContain('holding the build lock');
    expect(c.child.exitCode).toBeNull();
  });
});

describe('pruning the builds root by what live instances serve', () => {
  it('keeps the old build a stalled instance still serves, and removes it once that instance has swapped', async () => {
    const old = readPointer(buildsRoot)!;
    await serving([a, b, c], old.buildId, 'every instance to serve the current build');
    // Stopped, B reports nothing more, but its last report (every 2 s) stays within the grace period.
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    b.child.kill('SIGSTOP');
    let emptied = '';
    try {
      // Another writer's build first, so that the pointer no longer lists B's build after A's next one.
      const between = 'c0ffee00c0ffee00';
      copyBuild(path.join(buildsRoot, old.dir), path.join(buildsRoot, between), between);
      writePointer(buildsRoot, { ...old, buildId: between, dir: between, previous: [old.dir] });
      await serving([a], between, 'A to serve the copied build');
      const removed = await fetch(`${a.url}/api/imports/larlingsplatser`, { method: 'DELETE' });
      expect(removed.status).toBe(200);
      emptied = ((await removed.json()) as { buildId: string }).buildId;
      expect(readPointer(buildsRoot)).toMatchObject({ buildId: emptied, previous: [between] });
      // Counting alone (ATLAS_BUILDS_KEEP=2) would have removed it.
      expect(existsSync(path.join(buildsRoot, old.dir, 'manifest.json'))).toBe(true);
      expect(a.output()).toMatch(
        new RegExp(`keeping old build ${old.dir}: \\S+ pid ${b.child.pid} \\w+ served it \\d+ s ago`),
      );
    } finally {
      b.child.kill('SIGCONT');
    }
    await serving([b], emptied, 'B to swap after it was resumed');
    const saved = await saveImport(a, 'firms', 'firms.csv');
    expect(saved.status).toBe(201);
    const latest = ((await saved.json()) as SavedImport).buildId;
    expect(readdirSync(buildsRoot).sort()).toEqual([emptied, latest, 'current.json'].sort());
    expect(a.output()).toMatch(new RegExp(`build ${latest} written to .+; removed old builds .*${old.dir}`));
  }, 420_000);
});
