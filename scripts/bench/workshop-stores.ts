/**
 * Workshop stores side by side (report only), in one run on this machine: acknowledged entry writes per second
 * (the store's own addEntry, and through EntryService.create as a POST of an entry runs it, less HTTP) and read
 * p99 of a 200-entry workshop for SQLite (synchronous=FULL) and PostgreSQL (fsync on, a throw-away local
 * cluster); then HTTP reads of that workshop through one API instance against two instances on the same
 * PostgreSQL database (autocannon, the same total connections). On 2 shared cores a second instance mostly adds
 * contention; the figure shows what a second machine would have to beat. The load average is printed before and
 * after: on a busy machine every figure is slower and noisier, the ratios less so.
 */
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { PostgresWorkshopStore } from '../../api/storage/postgres/postgres-workshop-store';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { WorkshopStore } from '../../api/storage/workshop-store';
import { type ApiProcess, startApiProcess } from '../../tests/support/api-process';
import { startPostgresCluster } from '../../tests/support/postgres-cluster';
import { findOrMakeBuild } from './find-build';
import {
  benchEntryService,
  seedBenchWorkshop as seed,
  writeBenchEntry as writeEntry,
  writeBenchEntryThroughService,
} from './workshop-seed';

interface AutocannonResult {
  requests: { average: number };
  latency: { p99: number };
  errors: number;
  non2xx: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  workers?: number;
}) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

const WRITE_SECONDS = 2;
const READS = 100;
const HTTP_SECONDS = 5;
const CONNECTIONS = 20;

const loadAverage = () =>
  `load average ${os
    .loadavg()
    .map((load) => load.toFixed(1))
    .join(' ')} (1, 5, 15 min) on ${os.cpus().length} cores`;

/** Writes for WRITE_SECONDS into one new workshop (so it grows by every write) and returns writes per second. */
async function writesPerSecond(
  store: WorkshopStore,
  write: (n: number, workshopId: string, cycleId: string) => Promise<unknown>,
) {
  const { workshopId, cycleId } = await seed(store);
  const end = performance.now() + WRITE_SECONDS * 1000;
  let writes = 0;
  while (performance.now() < end) await write(writes++, workshopId, cycleId);
  return writes / WRITE_SECONDS;
}

async function measureStore(label: string, store: WorkshopStore): Promise<{ rate: number; p99: number }> {
  const rate = await writesPerSecond(store, (n, workshopId, cycleId) =>
    writeEntry(store, workshopId, cycleId, n),
  );
  // What POST …/entries runs without HTTP: the checks read the workshop, then the write and its event.
  const service = benchEntryService(store);
  const serviceRate = await writesPerSecond(store, (n, workshopId, cycleId) =>
    writeBenchEntryThroughService(service, workshopId, cycleId, n),
  );
  const reading = await seed(store);
  for (let i = 0; i < 200; i += 1) await writeEntry(store, reading.workshopId, reading.cycleId, i);
  const times: number[] = [];
  for (let i = 0; i < READS; i += 1) {
    const start = performance.now();
    await store.getWorkshop(reading.workshopId);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const p99 = times[Math.floor(times.length * 0.99) - 1] ?? Number.NaN;
  console.log(
    `${label.padEnd(12)} entry writes/s ${rate.toFixed(0).padStart(6)}   read p99 (200 entries) ${p99.toFixed(1)} ms`,
  );
  console.log(
    `${label.padEnd(12)} through EntryService.create ${serviceRate.toFixed(0).padStart(6)}/s ` +
      `(${(serviceRate / rate).toFixed(2)} of the store's own rate)`,
  );
  return { rate, p99 };
}

async function httpReads(label: string, instances: ApiProcess[], workshopId: string) {
  const per = Math.max(1, Math.round(CONNECTIONS / instances.length));
  const results = await Promise.all(
    instances.map((instance) =>
      autocannon({
        url: `${instance.url}/api/workshops/${workshopId}`,
        connections: per,
        duration: HTTP_SECONDS,
        workers: 1,
      }),
    ),
  );
  const total = results.reduce((sum, r) => sum + r.requests.average, 0);
  const p99 = Math.max(...results.map((r) => r.latency.p99));
  const errors = results.reduce((sum, r) => sum + r.errors + r.non2xx, 0);
  console.log(`${label.padEnd(24)} ${total.toFixed(0).padStart(6)} req/s  p99 ${p99} ms  errors ${errors}`);
  return total;
}

export async function runWorkshopStoresBench(): Promise<void> {
  console.log(loadAverage());
  const dir = mkdtempSync(path.join(os.tmpdir(), 'atlas-stores-bench-'));
  const cluster = await startPostgresCluster({ durable: true });
  const build = await findOrMakeBuild();
  const started: ApiProcess[] = [];
  try {
    const sqlite = new SqliteWorkshopStore(path.join(dir, 'atlas.sqlite'));
    const sqliteRun = await measureStore('SQLite', sqlite);
    await sqlite.close();
    const url = await cluster.createDatabase('bench');
    const postgres = new PostgresWorkshopStore(url);
    const pgRun = await measureStore('PostgreSQL', postgres);
    console.log(
      `PostgreSQL / SQLite: writes ${(pgRun.rate / sqliteRun.rate).toFixed(2)}, ` +
        `read p99 ${(pgRun.p99 / sqliteRun.p99).toFixed(2)}`,
    );

    const { workshopId, cycleId } = await seed(postgres);
    for (let i = 0; i < 200; i += 1) await writeEntry(postgres, workshopId, cycleId, i);
    await postgres.close();
    const env = { ATLAS_DB: url, ATLAS_BUILD_DIR: build.dir };
    started.push(await startApiProcess(env), await startApiProcess(env));
    const [first, second] = started as [ApiProcess, ApiProcess];
    const one = await httpReads('HTTP reads, 1 instance', [first], workshopId);
    const two = await httpReads('HTTP reads, 2 instances', [first, second], workshopId);
    console.log(
      `2 instances / 1 instance: ${(two / one).toFixed(2)} (${os.cpus().length} cores on this machine)`,
    );
    console.log(`after the run: ${loadAverage()}`);
  } finally {
    for (const instance of started) await instance.stop();
    await cluster.destroy();
    build.cleanup();
    rmSync(dir, { recursive: true, force: true });
  }
}
