/**
 * API start and query latency (issue 11 §9) for the whole-Kolada build beside a build of the atlas set alone:
 * `api/start.ts` in its own process (as `npm start` runs it), time from spawn to the first 200 on /api/health, its
 * RSS then and its peak after the load, and p99 of values, profile and search at 50 connections on loopback.
 * Targets: start under 3 s, RSS under 400 MB, each p99 under 25 ms.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runIngest } from '../ingest/run-ingest';
import { autocannon } from './autocannon';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RAW_DIR = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
export const API_TARGET = { startMs: 3000, rssMb: 400, p99Ms: 25 };
const DURATION_S = 5;

export const QUERIES = [
  { name: 'values (atlas set)', path: '/api/indicators/unemployment_18_65/values' },
  { name: 'values (Kolada N18905)', path: '/api/indicators/kolada_n18905/values', wholeOnly: true },
  { name: 'profile 0617', path: '/api/municipalities/0617' },
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
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/start.ts'], {
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
    child.once('exit', (code) => reject(new Error(`api/start.ts exited with ${code}`)));
  });
  for (;;) {
    const response = await fetch(`${base}/api/health`).catch(() => null);
    if (response?.status === 200) break;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return { child, url: base, ms: performance.now() - started };
}

export interface ApiRun {
  label: string;
  startMs: number;
  rssMb: number;
  peakMb: number;
  p99: Map<string, number>;
}

async function measureBuild(label: string, buildDir: string): Promise<ApiRun> {
  const dbDir = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-db-'));
  const { child, url, ms } = await startApi(buildDir, dbDir);
  try {
    const atStart = memoryOf(child.pid!);
    const p99 = new Map<string, number>();
    for (const query of QUERIES) {
      if (query.wholeOnly && label !== 'whole') continue;
      const result = await autocannon({
        url: `${url}${query.path}`,
        connections: 50,
        duration: DURATION_S,
        workers: 1,
      });
      if (result.errors + result.non2xx + result.timeouts > 0 || result.requests.total === 0)
        throw new Error(
          `${query.path}: ${result.requests.total} answers, ${result.non2xx} non-2xx, ${result.errors} errors`,
        );
      p99.set(query.name, result.latency.p99);
    }
    return { label, startMs: ms, rssMb: atStart.rssMb, peakMb: memoryOf(child.pid!).peakMb, p99 };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
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
    console.log(`${''.padEnd(26)} ${runs.map((run) => run.label.padStart(14)).join(' ')}   target`);
    const line = (name: string, cells: string[], target: string) =>
      console.log(`${name.padEnd(26)} ${cells.map((cell) => cell.padStart(14)).join(' ')}   ${target}`);
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
    for (const query of QUERIES)
      line(
        `${query.name} p99 (ms)`,
        runs.map((r) => {
          const p99 = r.p99.get(query.name);
          return p99 === undefined ? '-' : `${p99} ${verdict(p99 < API_TARGET.p99Ms)}`;
        }),
        '< 25 ms',
      );
    console.log(
      `load average now ${os.loadavg()[0]!.toFixed(1)} (a busy machine inflates p99 and start time)`,
    );
  } finally {
    rmSync(atlasDir, { recursive: true, force: true });
  }
}
