/**
 * Dashboard benchmark (report only, issue 17). The production dashboard and a bare MapLibre page
 * (scripts/bench/web-bare) do the same work in the same run, against the real API on loopback in Debian's
 * Chromium, interleaved run by run so a busy machine slows both alike:
 *  - navigation -> first coloured map, cold and warm HTTP cache;
 *  - an indicator switch until its colours are drawn, first time (with its values request) and from cache;
 *  - a slider drag: one full re-colour per animation frame, and the main-thread tasks over 50 ms it causes;
 *  - main-thread JavaScript fetched before the first coloured map, gzipped (MapLibre's worker counted apart).
 * Prints one table of ratios (medians of RUNS) with targets and the load average, and saves a Chromium trace of
 * one cold load of each page with a summary of its longest tasks in artifacts/bench/.
 */
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { createApp } from '../../api/app';
import { hasBuild } from '../../api/build/load-build';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { isolatedContext, launchChromium } from '../../tests/e2e/support/browser';
import {
  LONG_TASK_OBSERVER,
  SLIDER_FRAMES,
  load,
  settle,
  sliderDrag,
  switchTimes,
  type Load,
  type Side,
  type SliderRun,
  type SwitchTimes,
} from './web-measure';
import { indexSliderDrag } from './web-index-slider';
import { indexDraws, type DrawsRun } from './web-index-draws';
import { LOCALITY_CODE, STATIC_LOCALITY_PATH, firstScreen, writeStaticLocalityPage } from './web-locality';
import { progress, traceColdLoads } from './web-traces';
import { traceLocalityFirstScreen } from './web-locality-trace';
import { formatModules, modulesOf } from './web-bundle-modules';
import { kb, median, ms, perRun, printTable, row, type Row } from './web-ratio-table';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const RUNS = Number(process.env.ATLAS_BENCH_RUNS ?? 5);
/** `ATLAS_BENCH_TRACE_ONLY=1`: only the traces and their longest tasks (finding where time goes, no ratios). */
const TRACE_ONLY = process.env.ATLAS_BENCH_TRACE_ONLY === '1';
/** `ATLAS_BENCH_LOADS_ONLY=1`: only the first-map rows (cold, warm, initial JS): a minute, not four, per run. */
const LOADS_ONLY = process.env.ATLAS_BENCH_LOADS_ONLY === '1';
/** `ATLAS_BENCH_ONLY=drag`: only the two drag rows (year slider, index weight) and their traces. */
const DRAG_ONLY = process.env.ATLAS_BENCH_ONLY === 'drag';
/** `ATLAS_BENCH_ONLY=switch`: only the two indicator-switch rows, without traces (two minutes, not ten). */
const SWITCH_ONLY = process.env.ATLAS_BENCH_ONLY === 'switch';
/** `ATLAS_BENCH_LOCALITY_ONLY=1`: only the locality first-screen row and its trace (seconds, not minutes, per run). */
const LOCALITY_ONLY = process.env.ATLAS_BENCH_LOCALITY_ONLY === '1';

async function findOrMakeBuild(): Promise<string> {
  for (const candidate of [process.env.ATLAS_BUILD_DIR, 'data/build', 'artifacts/test-build']) {
    if (candidate && hasBuild(path.resolve(REPO_ROOT, candidate))) return path.resolve(REPO_ROOT, candidate);
  }
  const dir = path.join(REPO_ROOT, 'artifacts', 'bench-build');
  const { runIngest } = await import('../ingest/run-ingest');
  const rawDir = process.env.ATLAS_RAW_DIR ?? path.join(REPO_ROOT, '..', 'shared', 'data');
  await runIngest({ rawDir, outDir: dir, quiet: true });
  return dir;
}

/** The production build (`vite build`, no test mode): what users get, without test probes. */
async function buildSite(root: string | undefined, outDir: string): Promise<void> {
  await build({
    configFile: path.join(REPO_ROOT, 'vite.config.ts'),
    ...(root ? { root } : {}),
    // Hidden source maps: the served scripts are byte for byte what users get, the profile maps back to modules.
    build: { outDir, emptyOutDir: true, sourcemap: 'hidden' },
    logLevel: 'error',
  });
}

async function start(buildDir: string, webDir: string): Promise<{ server: ServerType; origin: string }> {
  const app = createApp({ buildDir, webDir, workshopStore: new SqliteWorkshopStore(':memory:') });
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  return { server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

interface SideRuns {
  cold: Load[];
  warm: Load[];
  switches: SwitchTimes[];
  slider: SliderRun[];
  /** The dashboard's index-weight drag (the bare page has one per-frame re-colour: `slider`). */
  indexSlider: SliderRun[];
  /** The dashboard's index robustness draws in its worker, and the main thread meanwhile. */
  indexDraws: DrawsRun[];
  /** Locality first screen, cold: the dashboard's /kommun page, or the static page with the same figures. */
  firstScreen: number[];
}

/** One run of one side: a cold and a warm load in one context (its HTTP cache), then switches and a drag. */
async function runSide(browser: Browser, origin: string, side: Side, into: SideRuns): Promise<void> {
  progress(`${side}: loads`);
  const { context } = await isolatedContext(browser, origin);
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page = await context.newPage();
  into.cold.push(await load(page, `${origin}/`));
  if (DRAG_ONLY) {
    // The drags on a settled page (context layers and hatch added), as a user who reads the map first meets them.
    await settle(page, side);
    into.slider.push(await sliderDrag(page, side));
    if (side === 'dashboard') into.indexSlider.push(await indexSliderDrag(page, origin));
    return context.close();
  }
  // Close the first page (the context keeps its HTTP cache): its after-paint work must not slow the warm load.
  await page.close();
  const again = await context.newPage();
  into.warm.push(await load(again, `${origin}/`));
  if (LOADS_ONLY) return context.close();
  progress(`${side}: switches`);
  into.switches.push(await switchTimes(again, side));
  if (SWITCH_ONLY) return context.close();
  progress(`${side}: slider`);
  into.slider.push(await sliderDrag(again, side));
  if (side === 'dashboard') {
    progress(`${side}: index slider`);
    into.indexSlider.push(await indexSliderDrag(again, origin));
    progress(`${side}: index robustness draws`);
    into.indexDraws.push(...(await indexDraws(again, origin)));
  }
  await context.close();
}

export async function runWebBench(): Promise<void> {
  const buildDir = await findOrMakeBuild();
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'atlas-web-bench-'));
  await buildSite(undefined, path.join(scratch, 'dashboard'));
  await buildSite(path.join(REPO_ROOT, 'scripts', 'bench', 'web-bare'), path.join(scratch, 'bare'));
  const dashboard = await start(buildDir, path.join(scratch, 'dashboard'));
  const bare = await start(buildDir, path.join(scratch, 'bare'));
  await writeStaticLocalityPage(dashboard.origin, path.join(scratch, 'bare'));
  const launched = await launchChromium();
  const loadBefore = os.loadavg()[0]!;
  const runs: Record<Side, SideRuns> = {
    bare: { cold: [], warm: [], switches: [], slider: [], indexSlider: [], indexDraws: [], firstScreen: [] },
    dashboard: {
      cold: [],
      warm: [],
      switches: [],
      slider: [],
      indexSlider: [],
      indexDraws: [],
      firstScreen: [],
    },
  };
  try {
    const localityTrace =
      LOADS_ONLY || DRAG_ONLY || SWITCH_ONLY
        ? ''
        : await traceLocalityFirstScreen(
            launched.browser,
            dashboard.origin,
            `${dashboard.origin}/kommun/${LOCALITY_CODE}`,
            path.join(REPO_ROOT, 'artifacts', 'bench', 'web-locality-first-screen.trace.json'),
            { dir: path.join(scratch, 'dashboard'), repoRoot: REPO_ROOT },
          ).catch((error: Error) => `locality first-screen trace failed: ${error.message.split('\n')[0]}`);
    const traces = LOCALITY_ONLY
      ? [localityTrace]
      : SWITCH_ONLY
        ? []
        : [
            ...(await traceColdLoads(
              launched.browser,
              {
                bare: { origin: bare.origin, dir: path.join(scratch, 'bare') },
                dashboard: { origin: dashboard.origin, dir: path.join(scratch, 'dashboard') },
              },
              { interactions: !LOADS_ONLY, dragsOnly: DRAG_ONLY },
            )),
            localityTrace,
          ];
    if (TRACE_ONLY) {
      console.log(traces.join('\n'));
      return;
    }
    for (let i = 0; i < RUNS; i++) {
      // Alternate which side goes first, so neither always gets the quieter moment.
      const order: Side[] = i % 2 === 0 ? ['bare', 'dashboard'] : ['dashboard', 'bare'];
      for (const side of LOCALITY_ONLY ? [] : order) {
        await runSide(launched.browser, side === 'bare' ? bare.origin : dashboard.origin, side, runs[side]);
      }
      for (const side of LOADS_ONLY || DRAG_ONLY || SWITCH_ONLY ? [] : order) {
        progress(`${side}: locality first screen`);
        const url =
          side === 'bare'
            ? `${bare.origin}${STATIC_LOCALITY_PATH}`
            : `${dashboard.origin}/kommun/${LOCALITY_CODE}`;
        // Not yet verified on this machine (the static page's mark timed out once): report, never abort the bench.
        await firstScreen(launched.browser, new URL(url).origin, url).then(
          (value) => runs[side].firstScreen.push(value),
          (error: Error) =>
            progress(`${side}: locality first screen failed: ${error.message.split('\n')[0]}`),
        );
      }
    }
    const [app, base] = [runs.dashboard, runs.bare];
    const loadMs = (list: Load[]) => median(list.map((r) => r.ms));
    const frame = (list: SliderRun[]) => median(list.map((r) => r.msPerFrame));
    const js = median(app.cold.map((r) => r.mainJsGz));
    const bareJs = median(base.cold.map((r) => r.mainJsGz));
    console.log(
      `Dashboard vs bare MapLibre, median of ${RUNS} interleaved runs (build ${path.relative(REPO_ROOT, buildDir)}; ` +
        `WebGL in SwiftShader, so CPU-bound; 1-min load average ${loadBefore.toFixed(1)} before, ` +
        `${os.loadavg()[0]!.toFixed(1)} after, on ${os.cpus().length} cores):`,
    );
    const rows = [
      row('first coloured map, cold cache', loadMs(app.cold), loadMs(base.cold), 1.1),
      row('first coloured map, warm cache', loadMs(app.warm), loadMs(base.warm), 1.1),
      row(
        'indicator switch drawn, values cached',
        perRun(app.switches, (s) => s.cached),
        perRun(base.switches, (s) => s.cached),
        1.1,
      ),
      row(
        'indicator switch drawn, first (with request)',
        perRun(app.switches, (s) => s.first),
        perRun(base.switches, (s) => s.first),
        1.25,
      ),
      row(
        `slider drag, per re-coloured frame (${SLIDER_FRAMES})`,
        frame(app.slider),
        frame(base.slider),
        1.2,
      ),
      row(
        `index weight drag, per re-coloured frame (${SLIDER_FRAMES})`,
        frame(app.indexSlider),
        frame(base.slider),
        1.2,
      ),
      row('initial main-thread JS, gzipped', js, bareJs, 1.3, kb),
      row(
        `locality first screen (${LOCALITY_CODE}, cold) vs static page`,
        median(app.firstScreen),
        median(base.firstScreen),
        1.5,
      ),
    ];
    const shown = (r: Row) =>
      LOCALITY_ONLY
        ? r.what.startsWith('locality')
        : DRAG_ONLY
          ? /drag/.test(r.what)
          : SWITCH_ONLY
            ? /switch/.test(r.what)
            : !LOADS_ONLY || /^(first coloured|initial)/.test(r.what);
    printTable(rows.filter(shown));
    // Every sample behind the medians, so a ratio can be read against its spread.
    const samples = path.join(REPO_ROOT, 'artifacts', 'bench', 'web-samples.json');
    mkdirSync(path.dirname(samples), { recursive: true });
    writeFileSync(samples, JSON.stringify(runs, null, 1));
    console.log(`samples: ${path.relative(REPO_ROOT, samples)}`);
    if (LOCALITY_ONLY) return void console.log(traces.join('\n'));
    const firstLoad = app.cold[0];
    if (firstLoad && !DRAG_ONLY && !SWITCH_ONLY) {
      const files = firstLoad.mainScripts.map((p) => path.join(scratch, 'dashboard', p));
      console.log(
        formatModules(
          'Dashboard main-thread JS before the first coloured map, by module',
          modulesOf(files, REPO_ROOT),
          15,
        ),
      );
    }
    if (LOADS_ONLY || SWITCH_ONLY) return void console.log(traces.join('\n'));
    const longTasks = (list: SliderRun[]) =>
      `${median(list.map((r) => r.longTasks))} over 50 ms (longest ${ms(median(list.map((r) => r.longestTask)))})`;
    console.log(
      `slider drag main-thread tasks: dashboard ${longTasks(app.slider)}, bare ${longTasks(base.slider)} ` +
        `(target: none beyond the bare page's)`,
    );
    console.log(
      `index weight drag main-thread tasks: dashboard ${longTasks(app.indexSlider)}, bare ${longTasks(base.slider)} ` +
        `(target: none beyond the bare page's)`,
    );
    const draws = app.indexDraws;
    // The drag-only mode runs no draws: no row rather than a row of NaN.
    if (draws.length > 0)
      console.log(
        `index robustness draws (1,000, worker ${ms(median(draws.map((r) => r.workerMs)))}, target < 1 s) ` +
          `main-thread tasks meanwhile: dashboard ${median(draws.map((r) => r.longTasks))} over 50 ms ` +
          `(longest ${ms(median(draws.map((r) => r.longestTask)))}), bare ${longTasks(base.slider)} ` +
          `(target: none over 50 ms)`,
      );
    console.log(`MapLibre worker before first map: ${kb(median(app.cold.map((r) => r.workerJsGz)))} (apart)`);
    console.log(traces.join('\n'));
  } finally {
    await launched.close();
    dashboard.server.close();
    bare.server.close();
    rmSync(scratch, { recursive: true, force: true });
  }
}
