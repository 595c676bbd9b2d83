/**
 * Rebuild stall (issue 11 §4): the API keeps answering while a dashboard import rebuilds the atlas. The app runs in
 * this process over a copy of the whole-Kolada build, as `npm start` runs it; an import is saved (the ingest runs in
 * its own process, the new build is loaded on a worker thread and swapped in) and then removed again, and the
 * longest event-loop stall of this process is read from perf_hooks' monitorEventLoopDelay, with a values request
 * every 20 ms timed beside it. Baselines in the same run: the same monitor over as long with nothing rebuilding, and
 * the previous way of loading a new build (on the serving thread). Target: longest stall during a rebuild < 50 ms.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { createApp } from '../../api/app';
import { loadBuild, loadBuildCached } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { findOrMakeBuild } from './find-build';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
const FIXTURE = path.join(REPO_ROOT, 'tests', 'fixtures', 'imports-ui', 'larlingsplatser-excel-1252.csv');
const RUNS = Number(process.env.ATLAS_BENCH_RUNS ?? 3);
export const STALL_TARGET_MS = 50;

interface Window {
  /** Longest event-loop delay seen, in ms. */
  stallMs: number;
  /** Slowest of the values requests made meanwhile, in ms, and how many there were. */
  slowestRequestMs: number;
  requests: number;
  ms: number;
}

type App = ReturnType<typeof createApp>;

/** Runs `work` while a monitor watches the event loop and a values request goes out every 20 ms. */
async function watch(app: App, work: () => Promise<unknown>): Promise<Window> {
  const monitor = monitorEventLoopDelay({ resolution: 5 });
  let running = true;
  let requests = 0;
  let slowest = 0;
  const asking = (async () => {
    while (running) {
      const started = performance.now();
      const response = await app.request('/api/indicators/kolada_n18905/values?year=2022');
      if (response.status !== 200) throw new Error(`values answered ${response.status} during the rebuild`);
      await response.arrayBuffer();
      slowest = Math.max(slowest, performance.now() - started);
      requests++;
      await sleep(20);
    }
  })();
  const started = performance.now();
  monitor.enable();
  try {
    await work();
  } finally {
    monitor.disable();
    running = false;
  }
  await asking;
  return {
    stallMs: monitor.max / 1e6,
    slowestRequestMs: slowest,
    requests,
    ms: performance.now() - started,
  };
}

async function healthId(app: App): Promise<string> {
  return ((await (await app.request('/api/health')).json()) as { buildId: string }).buildId;
}

export async function runRebuildStallBench(): Promise<void> {
  console.log(`Rebuild stall, ${RUNS} runs, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const { dir, cleanup } = await findOrMakeBuild();
  const root = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-rebuild-'));
  try {
    const buildDir = path.join(root, 'build');
    cpSync(dir, buildDir, { recursive: true });
    const app = createApp({
      buildDir,
      workshopStore: new SqliteWorkshopStore(':memory:'),
      imports: { importsDir: path.join(root, 'imports'), rawDir: RAW_DIR, writesEnabled: true, token: null },
    });
    const csv = readFileSync(FIXTURE);
    // As npm start does once it listens: DuckDB's bindings load (a one-off ~150 ms of module compilation on this
    // thread) before the first rebuild, and are shown on their own row, not counted as a rebuild's stall.
    const opened = await watch(app, async () => {
      loadBuildCached(buildDir).kolada.warm();
      await app.request('/api/indicators/kolada_n18905/values?year=2022');
    });
    const rows: { what: string; window: Window }[] = [];
    for (let run = 0; run < RUNS; run++) {
      const before = await healthId(app);
      const saved = await watch(app, async () => {
        const response = await app.request('/api/imports?kind=indicator&name=larlingsplatser.csv', {
          method: 'POST',
          body: new Blob([new Uint8Array(csv)]),
          headers: { 'content-type': 'text/csv' },
        });
        if (response.status !== 201) throw new Error(`the import answered ${response.status}`);
      });
      if ((await healthId(app)) === before) throw new Error('the import did not swap the build');
      rows.push({ what: `run ${run + 1}: save an import (rebuild + swap)`, window: saved });
      const removed = await watch(app, async () => {
        const response = await app.request('/api/imports/larlingsplatser', { method: 'DELETE' });
        if (response.status !== 200) throw new Error(`removing the import answered ${response.status}`);
      });
      rows.push({ what: `run ${run + 1}: remove it (rebuild + swap)`, window: removed });
    }
    const idle = await watch(app, () => sleep(rows[0]!.window.ms));
    // The previous way: the new build read, validated and indexed on the serving thread.
    const onThread = await watch(app, async () => {
      await sleep(50);
      loadBuild(buildDir);
      await sleep(50);
    });
    const cell = (text: string, width: number) => text.padStart(width);
    console.log(
      `${'window'.padEnd(44)}${cell('longest stall', 15)}${cell('slowest values', 16)}${cell('requests', 10)}${cell('length', 9)}`,
    );
    const print = (what: string, w: Window) =>
      console.log(
        `${what.padEnd(44)}${cell(`${w.stallMs.toFixed(0)} ms`, 15)}${cell(`${w.slowestRequestMs.toFixed(0)} ms`, 16)}` +
          `${cell(String(w.requests), 10)}${cell(`${(w.ms / 1000).toFixed(1)} s`, 9)}`,
      );
    print('start: DuckDB opened (not a rebuild)', opened);
    for (const row of rows) print(row.what, row.window);
    print('baseline: nothing rebuilding', idle);
    print('before: a new build loaded on this thread', onThread);
    const stalls = rows.map((row) => row.window.stallMs).sort((a, b) => a - b);
    const median = stalls[Math.floor(stalls.length / 2)]!;
    const worst = stalls[stalls.length - 1]!;
    console.log(
      `longest stall during a rebuild: median ${median.toFixed(0)} ms, worst ${worst.toFixed(0)} ms ` +
        `(${(worst / Math.max(idle.stallMs, 1)).toFixed(1)}x the idle baseline's ${idle.stallMs.toFixed(0)} ms); ` +
        `target < ${STALL_TARGET_MS} ms: ${worst < STALL_TARGET_MS ? 'met' : 'MISSED'}. ` +
        `Load average now ${os.loadavg()[0]!.toFixed(1)} (a busy machine stretches every stall).`,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
    cleanup();
  }
}
