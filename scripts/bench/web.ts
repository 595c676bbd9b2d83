/**
 * Dashboard benchmark (report only). In one run, against the real API on loopback and Debian's Chromium:
 *  - navigation -> first coloured map, cold and warm HTTP cache, next to a bare MapLibre page that draws the same
 *    GeoJSON (scripts/bench/web-bare), so the ratio means the same on any machine;
 *  - indicator switch -> new colours drawn (first time with its values request, and again from the query cache);
 *  - main-thread JavaScript fetched before the first coloured map, gzipped, with MapLibre's worker counted apart.
 * Targets (issue 4): <= 1.2x the bare page, switch <= 50 ms, main-thread JS <= 420 KB gzipped.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../../api/app';
import { hasBuild } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { isolatedContext, launchChromium } from '../../tests/e2e/support/browser';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RUNS = 5;

export async function findOrMakeBuild(): Promise<string> {
  for (const candidate of [process.env.ATLAS_BUILD_DIR, 'data/build', 'artifacts/test-build']) {
    if (candidate && hasBuild(path.resolve(REPO_ROOT, candidate))) return path.resolve(REPO_ROOT, candidate);
  }
  const dir = path.join(REPO_ROOT, 'artifacts', 'bench-build');
  const { runIngest } = await import('../ingest/run-ingest');
  const rawDir = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
  await runIngest({ rawDir, outDir: dir, quiet: true });
  return dir;
}

export async function buildSite(root: string | undefined, outDir: string): Promise<void> {
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    ...(root ? { root } : {}),
    build: { outDir, emptyOutDir: true },
    logLevel: 'error',
  });
}

export async function start(
  buildDir: string,
  webDir: string,
): Promise<{ server: ServerType; origin: string }> {
  const app = createApp({ buildDir, webDir, workshopStore: new SqliteWorkshopStore(':memory:') });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface Load {
  ms: number;
  mainJsGz: number;
  workerJsGz: number;
}

/** Navigate and wait for the page's own "first coloured map" timestamp; sum the JS it fetched before that. */
async function load(page: Page, url: string, flag: '__atlasReadyAt' | '__bareReadyAt'): Promise<Load> {
  const scripts: { url: string; bytes: Buffer; at: number }[] = [];
  const onResponse = async (response: import('playwright-core').Response) => {
    const type = response.request().resourceType();
    const isJs = /\.m?js(\?|$)/.test(response.url());
    if (!isJs || (type !== 'script' && type !== 'other' && type !== 'fetch')) return;
    const at = Date.now();
    const bytes = await response.body().catch(() => Buffer.alloc(0));
    scripts.push({ url: response.url(), bytes, at });
  };
  page.on('response', onResponse);
  await page.goto(url);
  const handle = await page.waitForFunction(
    (name) => (window as unknown as Record<string, number>)[name],
    flag,
    {
      timeout: 120_000,
    },
  );
  const ms = (await handle.jsonValue()) as number;
  const readyWall = Date.now();
  page.off('response', onResponse);
  const before = scripts.filter((s) => s.at <= readyWall);
  const gz = (list: typeof before) => list.reduce((sum, s) => sum + gzipSync(s.bytes).length, 0);
  const isWorker = (s: { url: string }) => s.url.includes('worker');
  return { ms, mainJsGz: gz(before.filter((s) => !isWorker(s))), workerJsGz: gz(before.filter(isWorker)) };
}

async function coldAndWarm(
  browser: Browser,
  origin: string,
  pathName: string,
  flag: Parameters<typeof load>[2],
) {
  const cold: Load[] = [];
  const warm: Load[] = [];
  for (let i = 0; i < RUNS; i++) {
    const { context } = await isolatedContext(browser, origin);
    const page = await context.newPage();
    cold.push(await load(page, `${origin}${pathName}`, flag));
    // Close the first page (the context keeps its HTTP cache): work it does after its first paint must not
    // compete with the warm load.
    await page.close();
    const again = await context.newPage();
    warm.push(await load(again, `${origin}${pathName}`, flag));
    await context.close();
  }
  return { cold, warm };
}

/** Time from choosing another indicator to its colours being drawn (the map's idle after the feature-state update). */
interface Switch {
  /** Choice -> 290 feature-states set (React, query cache, classification, colours). */
  applied: number;
  /** Choice -> the map's idle after drawing them (includes WebGL rendering, software-rendered here). */
  drawn: number;
}

async function switchTimes(browser: Browser, origin: string): Promise<{ first: Switch[]; cached: Switch[] }> {
  const { context } = await isolatedContext(browser, origin);
  const page = await context.newPage();
  await load(page, `${origin}/`, '__atlasReadyAt');
  const ids = [
    'population_total',
    'median_household_disposable_income',
    'smahus_kt_ratio',
    'employment_rate_20_64',
  ];
  const measure = (id: string) =>
    page.evaluate(async (indicator) => {
      const select = document.querySelector<HTMLSelectElement>('[data-testid="indicator-select"]')!;
      const started = performance.now();
      select.value = indicator;
      select.dispatchEvent(new Event('change', { bubbles: true }));
      while (!window.__atlas?.fillKey?.startsWith(`${indicator}:`)) {
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      return { applied: window.__atlas.fillAppliedAt! - started, drawn: performance.now() - started };
    }, id);
  const first: Switch[] = [];
  const cached: Switch[] = [];
  for (const id of ids) first.push(await measure(id));
  for (const id of ids) cached.push(await measure(id));
  await context.close();
  return { first, cached };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;
const ms = (value: number) => `${value.toFixed(0)} ms`;

export async function runWebBench(): Promise<void> {
  const buildDir = await findOrMakeBuild();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-web-bench-'));
  const dashboardDir = path.join(scratch, 'dashboard');
  const bareDir = path.join(scratch, 'bare');
  await buildSite(undefined, dashboardDir);
  await buildSite(path.join(REPO_ROOT, 'scripts', 'bench', 'web-bare'), bareDir);
  const dashboard = await start(buildDir, dashboardDir);
  const bare = await start(buildDir, bareDir);
  const launched = await launchChromium();
  try {
    const bareRuns = await coldAndWarm(launched.browser, bare.origin, '/', '__bareReadyAt');
    const appRuns = await coldAndWarm(launched.browser, dashboard.origin, '/', '__atlasReadyAt');
    const switching = await switchTimes(launched.browser, dashboard.origin);
    const row = (label: string, app: number, base: number) =>
      console.log(
        `${label.padEnd(34)} dashboard ${ms(app).padStart(8)}   bare ${ms(base).padStart(8)}   ratio ${(app / base).toFixed(2)}x (target <= 1.2x)`,
      );
    const load = os.loadavg()[0]!.toFixed(1);
    console.log(
      `First coloured map, median of ${RUNS} (build ${path.relative(REPO_ROOT, buildDir) || buildDir}; ` +
        `WebGL in SwiftShader, so CPU-bound; 1-min load average ${load} on ${os.cpus().length} cores):`,
    );
    row('  cold cache', median(appRuns.cold.map((r) => r.ms)), median(bareRuns.cold.map((r) => r.ms)));
    row('  warm cache', median(appRuns.warm.map((r) => r.ms)), median(bareRuns.warm.map((r) => r.ms)));
    const describe = (runs: Switch[]) =>
      `state set ${ms(median(runs.map((r) => r.applied)))}, drawn ${ms(median(runs.map((r) => r.drawn)))}`;
    console.log(`Indicator switch (median; target <= 50 ms):`);
    console.log(`  first time (values request)      ${describe(switching.first)}`);
    console.log(`  again (values in query cache)    ${describe(switching.cached)}`);
    const js = appRuns.cold[0]!;
    const bareJs = bareRuns.cold[0]!;
    console.log(
      `Main-thread JS before first coloured map (gzipped): dashboard ${kb(js.mainJsGz)} (target <= 420 KB), ` +
        `bare MapLibre page ${kb(bareJs.mainJsGz)}, ratio ${(js.mainJsGz / bareJs.mainJsGz).toFixed(2)}x; ` +
        `MapLibre worker ${kb(js.workerJsGz)} counted apart`,
    );
  } finally {
    await launched.close();
    dashboard.server.close();
    bare.server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
