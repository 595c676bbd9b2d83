/**
 * API benchmark (report only): autocannon against the real app on loopback, next to a plain Node http + fs static
 * server serving the same precompressed geometry bytes in the same run, so the ratio means the same on any
 * machine. Targets: geometry >= 0.5x the static baseline's throughput; values and profile p99 < 25 ms at 50
 * connections. The load generator runs in a worker thread so it does not share the servers' event loop.
 */
import { createReadStream, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createApp } from '../../api/app';
import { AnswerCache, createCachedServer } from '../../api/http/answer-cache';
import type { AtlasBuild } from '../../api/build/atlas-build';
import { loadBuild } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { runApiStartBench } from './api-start';
import { autocannon, measuredP99 } from './autocannon';
import { findOrMakeBuild } from './find-build';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const DURATION_S = 5;

function listen(server: http.Server): Promise<number> {
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve((server.address() as AddressInfo).port)),
  );
}

/** The baseline: Node's http streaming the same brotli bytes from a file, as a static file server would. */
function staticServer(file: string, etag: string): http.Server {
  return http.createServer((_req, res) => {
    res.writeHead(200, {
      'Content-Type': 'application/geo+json',
      'Content-Encoding': 'br',
      'Cache-Control': 'public, max-age=31536000, immutable',
      ETag: etag,
    });
    createReadStream(file).pipe(res);
  });
}

async function measure(
  label: string,
  url: string,
  connections: number,
  headers: Record<string, string> = {},
) {
  const result = await autocannon({ url, connections, duration: DURATION_S, workers: 1, headers });
  const mbPerSecond = result.throughput.average / 2 ** 20;
  console.log(
    `${label.padEnd(34)} ${result.requests.average.toFixed(0).padStart(7)} req/s ${mbPerSecond.toFixed(1).padStart(7)} MiB/s` +
      `  p50 ${result.latency.p50} ms  p99 ${result.latency.p99} ms  errors ${result.errors + result.non2xx}`,
  );
  return result;
}

export async function runApiBench(): Promise<void> {
  const cpus = os.cpus();
  const load = os.loadavg()[0]!;
  console.log(
    `API bench on ${cpus.length} x ${cpus[0]?.model ?? 'unknown CPU'}, load average ${load.toFixed(1)}, loopback, ` +
      `${DURATION_S} s per run`,
  );
  if (load > cpus.length)
    console.log('note: the machine is busy (load > cores): absolute figures and p99 suffer');
  const { dir, cleanup } = await findOrMakeBuild();
  const build: AtlasBuild = loadBuild(dir);
  await build.geometry.municipalities.settled;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'atlas-bench-static-'));
  const geometryFile = path.join(tmp, 'municipalities.geojson.br');
  writeFileSync(geometryFile, build.geometry.municipalities.brotli);
  const baseline = staticServer(geometryFile, build.geometry.municipalities.etag);
  const baselinePort = await listen(baseline);
  const answers = new AnswerCache();
  const app = createApp({
    build,
    workshopStore: new SqliteWorkshopStore(':memory:'),
    onBuildSwap: () => answers.clear(),
  });
  // As npm start serves it: the answer cache in front of Hono.
  const api = createCachedServer(app.fetch, answers, '127.0.0.1');
  const apiUrl = `http://127.0.0.1:${await listen(api)}`;
  const br = { 'Accept-Encoding': 'br' };
  try {
    console.log(
      `geometry: ${build.geometry.municipalities.brotli.length} bytes brotli (${build.geometry.municipalities.identity.length} raw)`,
    );
    const staticRun = await measure(
      'static baseline (http + fs, br)',
      `http://127.0.0.1:${baselinePort}/`,
      10,
      br,
    );
    const geometry = await measure(
      'GET /api/municipalities (br)',
      `${apiUrl}/api/municipalities?v=${build.manifest.buildId}`,
      10,
      br,
    );
    const profileBytes = async (encoding: string) => {
      const response = await fetch(`${apiUrl}/api/municipalities/0617`, {
        headers: { 'Accept-Encoding': encoding },
      });
      return (await response.arrayBuffer()).byteLength;
    };
    // fetch() decodes gzip, so the wire size is read from the header the server sent with it.
    const wire = await fetch(`${apiUrl}/api/municipalities/0617`, { headers: { 'Accept-Encoding': 'gzip' } });
    console.log(
      `profile answer per request: ${await profileBytes('identity')} bytes uncompressed, ` +
        `${wire.headers.get('content-length') ?? `${(await wire.arrayBuffer()).byteLength} (decoded)`} bytes gzip ` +
        `(encoding ${wire.headers.get('content-encoding') ?? 'none'})`,
    );
    const values = await measure(
      'GET /api/indicators/:id/values',
      `${apiUrl}/api/indicators/unemployment_18_65/values`,
      50,
    );
    // As a browser asks for it: gzip accepted (the answer is memoised and compressed once per key).
    const profile = await measure(
      'GET /api/municipalities/0617 (gzip)',
      `${apiUrl}/api/municipalities/0617`,
      50,
      { 'Accept-Encoding': 'gzip' },
    );
    const ratio = geometry.requests.average / staticRun.requests.average;
    const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
    console.log(
      `geometry throughput vs static baseline: ${ratio.toFixed(2)}x (target >= 0.5x): ${verdict(ratio >= 0.5)}`,
    );
    const valuesP99 = measuredP99(values, 'values');
    const profileP99 = measuredP99(profile, 'profile');
    console.log(`values p99 ${valuesP99} ms at 50 connections (target < 25 ms): ${verdict(valuesP99 < 25)}`);
    console.log(
      `profile p99 ${profileP99} ms at 50 connections (target < 25 ms): ${verdict(profileP99 < 25)}`,
    );
  } finally {
    await new Promise((resolve) => baseline.close(resolve));
    await new Promise((resolve) => api.close(resolve));
    rmSync(tmp, { recursive: true, force: true });
  }
  try {
    await runApiStartBench(dir);
  } finally {
    cleanup();
  }
}

if (
  process.argv[1] &&
  path.resolve(process.argv[1]) === path.resolve(import.meta.filename) &&
  existsSync(REPO_ROOT)
) {
  await runApiBench();
}
