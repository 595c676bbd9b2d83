/**
 * API start and query latency (issue 11 §9) for the whole-Kolada build beside a build of the atlas set alone:
 * the server in its own process as `npm start` runs it (scripts/start-server.mjs: the bundle, built before the
 * timing when stale), time from spawn to the first 200 on /api/health, its RSS then and its peak after the load,
 * and p99 of values, profile and search at 50 connections on loopback, asked as a browser asks (br accepted, so
 * the bytes a user gets). Beside each p99: a bare node:http server answering with the same recorded bytes at the
 * same 50 connections in the same run, and the ratio to it. Targets: start under 3 s, RSS under 400 MB, each p99
 * under 25 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../ingest/run-ingest';
import { autocannon, measuredP99 } from './autocannon';
import { bareReplayServer, recordAnswer } from './bare-replay-server';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
export const API_TARGET = { startMs: 3000, rssMb: 400, p99Ms: 25 };
const DURATION_S = 5;
const CONNECTIONS = 50;
/** What Chromium sends: the app answers br, as it does the dashboard. */
const BROWSER_HEADERS = { 'Accept-Encoding': 'gzip, deflate, br, zstd' };

export const QUERIES = [
  { name: 'values (atlas set)', path: '/api/indicators/unemployment_18_65/values' },
  { name: 'values (Kolada N18905)', path: '/api/indicators/kolada_n18905/values', wholeOnly: true },
  { name: 'profile 0617', path: '/api/municipalities/0617' },
  { name: 'profile 0617, one indicator', path: '/api/municipalities/0617/indicators/employment_rate_20_64' },
  { name: 'profile 0617, series', path: '/api/municipalities/0617/series' },
  { name: 'search q=förskola', path: `/api/indicators?q=${encodeURIComponent('förskola')}` },
];

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc (Linux). */
function memoryOf(pid: number): { rssMb: number; peakMb: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(status)?.[1] ?? NaN);
  return { rssMb: kb('VmRSS') / 1024, peakMb: kb('VmHWM') / 1024 };
}

async function startApi(
  buildDir: string,
  dbDir: string,
): Promise<{ child: ChildProcess; url: string; ms: number }> {
  const started = performance.now();
  const child = spawn(process.execPath, ['scripts/start-server.mjs'], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ATLAS_BUILD_DIR: buildDir,
      ATLAS_DB: path.join(dbDir, 'bench.sqlite'),
      ATLAS_SKIP_WEB_BUILD: '1',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString('utf8');
      const found = /serving (http:\/\/[^\s]+) /.exec(text);
      if (found) resolve(found[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  for (;;) {
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, url: base, ms: performance.now() - started };
}

export interface QueryFigures {
  p99: number;
  bareP99: number;
  bytes: number;
  encoding: string;
  /** The same answer uncompressed: what the page parses. */
  rawBytes: number;
}

export interface ApiRun {
  label: string;
  startMs: number;
  rssMb: number;
  peakMb: number;
  queries: Map<string, QueryFigures>;
}

const p99At50 = async (url: string, what: string) =>
  measuredP99(
    await autocannon({
      url,
      connections: CONNECTIONS,
      duration: DURATION_S,
      workers: 1,
      headers: BROWSER_HEADERS,
    }),
    what,
  );

/** The app's p99 for one query (its first, cold request included), then the bare server's with the same bytes. */
async function measureQuery(base: string, path: string): Promise<QueryFigures> {
  const p99 = await p99At50(`${base}${path}`, path);
  const answer = await recordAnswer(`${base}${path}`, BROWSER_HEADERS);
  const raw = await recordAnswer(`${base}${path}`, { 'Accept-Encoding': 'identity' });
  const bare = await bareReplayServer(answer);
  try {
    const bareP99 = await p99At50(bare.url, `bare node:http with the bytes of ${path}`);
    return {
      p99,
      bareP99,
      bytes: answer.body.length,
      encoding: answer.headers['content-encoding'] ?? 'identity',
      rawBytes: raw.body.length,
    };
  } finally {
    await bare.close();
  }
}

async function stopApi(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((resolve) => child.once('exit', resolve));
}

async function measureBuild(label: string, buildDir: string): Promise<ApiRun> {
  const dbDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-db-'));
  // A first start builds the server bundle when it is stale (once per checkout change, as npm start does).
  await stopApi((await startApi(buildDir, dbDir)).child);
  const { child, url, ms } = await startApi(buildDir, dbDir);
  try {
    const atStart = memoryOf(child.pid!);
    const queries = new Map<string, QueryFigures>();
    for (const query of QUERIES) {
      if (query.wholeOnly && label !== 'whole') continue;
      queries.set(query.name, await measureQuery(url, query.path));
    }
    return { label, startMs: ms, rssMb: atStart.rssMb, peakMb: memoryOf(child.pid!).peakMb, queries };
  } finally {
    await stopApi(child);
    rmSync(dbDir, { recursive: true, force: true });
  }
}

/** Both builds: the given whole-Kolada build and a fresh `--atlas-set-only` build in a temporary directory. */
export async function runApiStartBench(wholeBuildDir: string): Promise<void> {
  console.log(`\nAPI start and p99 at 50 connections, load average ${os.loadavg()[0]!.toFixed(1)}`);
  const atlasDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-atlas-set-'));
  try {
    await runIngest({ rawDir: RAW_DIR, outDir: atlasDir, quiet: true, koladaScope: 'atlas-set' });
    const runs = [await measureBuild('whole', wholeBuildDir), await measureBuild('atlas set', atlasDir)];
    const verdict = (ok: boolean) => (ok ? 'ok' : 'MISSES');
    console.log(`${''.padEnd(32)} ${runs.map((run) => run.label.padStart(14)).join(' ')}   target`);
    const line = (name: string, cells: string[], target: string) =>
      console.log(`${name.padEnd(32)} ${cells.map((cell) => cell.padStart(14)).join(' ')}   ${target}`);
    line(
      'start to first 200 (s)',
      runs.map((r) => `${(r.startMs / 1000).toFixed(2)} ${verdict(r.startMs < API_TARGET.startMs)}`),
      '< 3 s',
    );
    line(
      'RSS after start (MB)',
      runs.map((r) => `${r.rssMb.toFixed(0)} ${verdict(r.rssMb < API_TARGET.rssMb)}`),
      '< 400 MB',
    );
    line(
      'peak RSS after load (MB)',
      runs.map((r) => r.peakMb.toFixed(0)),
      '',
    );
    const cell = (run: ApiRun, name: string, show: (figures: QueryFigures) => string) => {
      const figures = run.queries.get(name);
      return figures === undefined ? '-' : show(figures);
    };
    for (const query of QUERIES) {
      line(
        `${query.name} p99 (ms)`,
        runs.map((r) => cell(r, query.name, (q) => `${q.p99} ${verdict(q.p99 < API_TARGET.p99Ms)}`)),
        '< 25 ms',
      );
      line(
        '  bare node:http p99 (ms)',
        runs.map((r) => cell(r, query.name, (q) => String(q.bareP99))),
        'same bytes',
      );
      line(
        '  ratio to bare',
        runs.map((r) => cell(r, query.name, (q) => `${(q.p99 / q.bareP99).toFixed(1)}x`)),
        '',
      );
      line(
        '  bytes per answer',
        runs.map((r) => cell(r, query.name, (q) => `${q.bytes} ${q.encoding}`)),
        '',
      );
      line(
        '  bytes uncompressed',
        runs.map((r) => cell(r, query.name, (q) => String(q.rawBytes))),
        '',
      );
    }
    console.log(
      `load average now ${os.loadavg()[0]!.toFixed(1)} (a busy machine inflates p99 and start time)`,
    );
  } finally {
    rmSync(atlasDir, { recursive: true, force: true });
  }
}
