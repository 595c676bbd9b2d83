/**
 * Load bench (report only): 100 connections for 30 s per endpoint against the real app on loopback, with and
 * without compression, reporting p99 latency and the server's peak RSS. The baseline measured in the same run is
 * /api/health (the cheapest answer the app gives), so each endpoint's p99 is also printed as a ratio to it.
 * The load generator runs in a worker thread; the server in this process. ATLAS_LOAD_SECONDS shortens the runs.
 */
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { serve } from '@hono/node-server';
import { createApp } from '../../api/app';
import { loadBuild } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { autocannon } from './autocannon';
import { findOrMakeBuild } from './find-build';

const CONNECTIONS = 100;
const SECONDS = Number(process.env.ATLAS_LOAD_SECONDS ?? 30);

const WORKSHOP = {
  title: 'Lastprov',
  municipalities: ['0617'],
  organisations: [{ name: 'Gnosjö kommun', kind: 'municipality' }],
  cycles: [{ date: '2026-01-20' }],
};

export async function runLoadBench(): Promise<void> {
  const { dir, cleanup } = await findOrMakeBuild();
  const build = loadBuild(dir);
  await build.geometry.municipalities.settled;
  const app = createApp({
    build,
    workshopStore: new SqliteWorkshopStore(':memory:'),
    workshopRateLimit: { capacity: 1000, refillPerSecond: 1000 },
  });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((resolve) => server.once('listening', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const created = await app.request('/api/workshops', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(WORKSHOP),
  });
  const { workshop, editToken } = (await created.json()) as {
    workshop: { id: string; cycles: { id: string }[] };
    editToken: string;
  };
  // A workshop read with something in it: a board of 60 entries, as after a cycle with 25 people.
  for (let i = 0; i < 60; i += 1)
    await app.request(`/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]!.id}/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${editToken}` },
      body: JSON.stringify({
        kind: i % 2 ? 'obstacle' : 'solution',
        text: `Anteckning ${i + 1}: brist på svetsare`,
      }),
    });
  const endpoints = [
    { label: 'health (baseline)', path: '/api/health' },
    { label: 'geometry', path: `/api/municipalities?v=${build.manifest.buildId}` },
    { label: 'values', path: '/api/indicators/unemployment_18_65/values' },
    { label: 'profile', path: '/api/municipalities/0617' },
    { label: 'workshop read', path: `/api/workshops/${workshop.id}` },
  ];
  console.log(
    `Load bench: ${CONNECTIONS} connections, ${SECONDS} s per run, ${os.cpus().length} cores, load average ` +
      `${os.loadavg()[0]!.toFixed(1)}`,
  );
  let baseline = 0;
  try {
    for (const encoding of ['identity', 'br, gzip']) {
      for (const endpoint of endpoints) {
        let peakRss = process.memoryUsage().rss;
        const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
        const result = await autocannon({
          url: `${url}${endpoint.path}`,
          connections: CONNECTIONS,
          duration: SECONDS,
          workers: 1,
          headers: { 'accept-encoding': encoding },
        });
        clearInterval(sampler);
        if (endpoint.path === '/api/health' && encoding === 'identity') baseline = result.latency.p99;
        const ratio = baseline > 0 ? ` (${(result.latency.p99 / baseline).toFixed(1)}x health)` : '';
        console.log(
          `${`${endpoint.label}, ${encoding === 'identity' ? 'uncompressed' : 'compressed'}`.padEnd(34)}` +
            ` ${result.requests.average.toFixed(0).padStart(6)} req/s  p99 ${String(result.latency.p99).padStart(5)} ms${ratio}` +
            `  peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MiB  errors ${result.errors + result.timeouts + result.non2xx}`,
        );
      }
    }
  } finally {
    await new Promise((resolve) => server.close(resolve));
    cleanup();
  }
}
