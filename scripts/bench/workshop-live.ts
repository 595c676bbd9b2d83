/**
 * Live board under load (issue 15 §11): 200 connected SSE clients on one workshop while 20 entries a second are
 * written for 30 s. Reports p50/p99 delivery latency (write sent -> event received, per client and entry) and the
 * server's RSS, against the same writes with no client connected (baseline, same run). The server runs in its own
 * process so its RSS is its own. `npm run bench -- workshop-live` (LIVE_BENCH_CLIENTS / _RATE / _SECONDS override).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hasBuild } from '../../api/build/load-build';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLIENTS = Number(process.env.LIVE_BENCH_CLIENTS ?? 200);
const RATE = Number(process.env.LIVE_BENCH_RATE ?? 20);
const SECONDS = Number(process.env.LIVE_BENCH_SECONDS ?? 30);

interface Server {
  url: string;
  child: ChildProcess;
}

async function startServer(buildDir: string): Promise<Server> {
  // LIVE_BENCH_CPU_PROF=dir writes a V8 CPU profile of each server run there (open it in Chrome's DevTools).
  const profile = process.env.LIVE_BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(process.env.LIVE_BENCH_CPU_PROF)}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, '--import', 'tsx', 'scripts/bench/workshop-live-server.ts', buildDir],
    {
      cwd: REPO_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      const match = /listening (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { url: `http://127.0.0.1:${port}`, child };
}

/** User + system CPU time the process has used, in ms: per-write cost that a busy machine does not inflate. */
function cpuMs(pid: number): number {
  // Fields after the command name: state is field 3, utime 14, stime 15 (clock ticks of 10 ms on Linux).
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

function rssMiB(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

async function json(url: string, init: RequestInit = {}): Promise<unknown> {
  const response = await fetch(url, {
    ...init,
    headers: { 'content-type': 'application/json', ...init.headers },
  });
  if (!response.ok)
    throw new Error(`${init.method ?? 'GET'} ${url}: ${response.status} ${await response.text()}`);
  return response.json();
}

/** One SSE client: records when each entry_added event arrived, by entry id. */
function client(url: string, received: Map<string, number>, ready: () => void, signal: AbortSignal) {
  return (async () => {
    const response = await fetch(url, { headers: { accept: 'text/event-stream' }, signal });
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes('event: ready')) ready();
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (block.includes('event: workshop') && data) {
          const event = JSON.parse(data) as { type: string; subjectId: string };
          if (event.type === 'entry_added') received.set(event.subjectId, performance.now());
        }
      }
    }
  })().catch(() => undefined);
}

async function run(buildDir: string, clients: number) {
  const server = await startServer(buildDir);
  try {
    const created = (await json(`${server.url}/api/workshops`, {
      method: 'POST',
      body: JSON.stringify({ title: 'Bench', municipalities: ['0617'], cycles: [{ date: '2026-01-20' }] }),
    })) as { editToken: string; workshop: { id: string; cycles: { id: string }[] } };
    const base = `${server.url}/api/workshops/${created.workshop.id}`;
    const abort = new AbortController();
    const received = Array.from({ length: clients }, () => new Map<string, number>());
    let readyCount = 0;
    const allReady = new Promise<void>((resolve) => {
      if (clients === 0) resolve();
      received.forEach((map) =>
        client(`${base}/events`, map, () => ++readyCount === clients && resolve(), abort.signal),
      );
    });
    await allReady;
    const rssBefore = rssMiB(server.child.pid!);
    const cpuBefore = cpuMs(server.child.pid!);
    // The peak while the writes run, not only the end: a burst of buffered events would hide in an end sample.
    let rssPeak = rssBefore;
    const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMiB(server.child.pid!))), 250);
    const sentAt = new Map<string, number>();
    const writeMs: number[] = [];
    const writes: Promise<void>[] = [];
    const start = performance.now();
    for (let i = 0; i < RATE * SECONDS; i++) {
      const due = start + (i * 1000) / RATE;
      await new Promise((resolve) => setTimeout(resolve, Math.max(0, due - performance.now())));
      const t0 = performance.now();
      writes.push(
        json(`${base}/cycles/${created.workshop.cycles[0]!.id}/entries`, {
          method: 'POST',
          headers: { authorization: `Bearer ${created.editToken}` },
          body: JSON.stringify({ kind: 'obstacle', text: `bench ${i}` }),
        }).then((entry) => {
          writeMs.push(performance.now() - t0);
          sentAt.set((entry as { id: string }).id, t0);
        }),
      );
    }
    await Promise.all(writes);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    const serverCpuMs = cpuMs(server.child.pid!) - cpuBefore;
    clearInterval(sampler);
    const rssAfter = rssMiB(server.child.pid!);
    rssPeak = Math.max(rssPeak, rssAfter);
    abort.abort();
    const latencies: number[] = [];
    let missing = 0;
    for (const map of received) {
      for (const [id, t0] of sentAt) {
        const at = map.get(id);
        if (at === undefined) missing += 1;
        else latencies.push(at - t0);
      }
    }
    return { writeMs, latencies, missing, rssBefore, rssAfter, rssPeak, serverCpuMs, writes: sentAt.size };
  } finally {
    const exited = new Promise((resolve) => server.child.once('exit', resolve));
    server.child.kill('SIGTERM');
    await exited;
  }
}

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
};

export async function runWorkshopLiveBench(): Promise<void> {
  const buildDir = [process.env.ATLAS_BUILD_DIR, 'data/build', 'artifacts/test-build']
    .filter((dir): dir is string => Boolean(dir))
    .map((dir) => path.resolve(REPO_ROOT, dir))
    .find((dir) => hasBuild(dir));
  if (!buildDir) throw new Error('no build: run npm run ingest first (or set ATLAS_BUILD_DIR)');
  const load = () =>
    os
      .loadavg()
      .map((n) => n.toFixed(2))
      .join(' ');
  const loadBefore = load();
  const baseline = await run(buildDir, 0);
  const loaded = await run(buildDir, CLIENTS);
  const f = (n: number) => n.toFixed(1);
  console.log(
    `load average (1, 5, 15 min) before ${loadBefore}, after ${load()} on ${os.cpus().length} cores`,
  );
  console.log(`${RATE} entry writes/s for ${SECONDS} s (${loaded.writes} writes), SQLite synchronous=FULL`);
  console.log(
    `baseline, no clients:   write p50 ${f(quantile(baseline.writeMs, 0.5))} ms, p99 ${f(quantile(baseline.writeMs, 0.99))} ms; server RSS ${f(baseline.rssBefore)} -> ${f(baseline.rssAfter)} MiB (peak ${f(baseline.rssPeak)})`,
  );
  console.log(
    `${CLIENTS} SSE clients:       write p50 ${f(quantile(loaded.writeMs, 0.5))} ms, p99 ${f(quantile(loaded.writeMs, 0.99))} ms; server RSS ${f(loaded.rssBefore)} -> ${f(loaded.rssAfter)} MiB (peak ${f(loaded.rssPeak)})`,
  );
  console.log(
    `delivery (write sent -> event received, ${loaded.latencies.length} samples, ${loaded.missing} missing): p50 ${f(quantile(loaded.latencies, 0.5))} ms, p99 ${f(quantile(loaded.latencies, 0.99))} ms (target < 1000 ms: ${quantile(loaded.latencies, 0.99) < 1000 && loaded.missing === 0 ? 'met' : 'NOT met'})`,
  );
  const perWrite = (r: { serverCpuMs: number; writes: number }) => f(r.serverCpuMs / r.writes);
  console.log(
    `server CPU per write (user + system, incl. fan-out): ${perWrite(baseline)} ms with no clients, ${perWrite(loaded)} ms with ${CLIENTS} clients`,
  );
  console.log(
    `ratios vs baseline: write p99 ${(quantile(loaded.writeMs, 0.99) / quantile(baseline.writeMs, 0.99)).toFixed(2)}x, server RSS ${(loaded.rssAfter / baseline.rssAfter).toFixed(2)}x (peak ${(loaded.rssPeak / baseline.rssPeak).toFixed(2)}x)`,
  );
}
