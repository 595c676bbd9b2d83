/**
 * What the web benchmark measures in one page, for the dashboard and for the bare MapLibre baseline alike. Every
 * figure is read from standard User Timing entries (`atlas:*`, kept in production builds) or taken in the page
 * around the user's own action; nothing relies on test probes, which production builds do not have.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';

export type Side = 'dashboard' | 'bare';

export interface Load {
  ms: number;
  mainJsGz: number;
  workerJsGz: number;
  /** Paths of the main-thread scripts counted in `mainJsGz` (for the bench's by-module summary). */
  mainScripts: string[];
}

export interface SwitchTimes {
  first: number[];
  cached: number[];
}

export interface SliderRun {
  /** Wall time per re-coloured frame: from the first slider step to the last colouring drawn, over the frames. */
  msPerFrame: number;
  /** Main-thread tasks over 50 ms during the drag, and the longest. */
  longTasks: number;
  longestTask: number;
}

/**
 * Indicators the switch visits, each for the first time and then again from cache. Eight, from four themes and
 * both sources: with four, one slow answer moved a run's median by 10-20 ms, as much as the target's margin.
 */
export const SWITCH_INDICATORS = [
  'median_household_disposable_income',
  'smahus_kt_ratio',
  'employment_rate_20_64',
  'population_total',
  'share_aged_0_19',
  'open_unemployment_18_65',
  'grp_per_inhabitant',
  'post_secondary_25_64',
];
/** The slider drags through the years of the dashboard's default indicator. */
const SLIDER_INDICATOR = 'unemployment_18_65';
export const SLIDER_FRAMES = 60;

/**
 * Long tasks, observed from the first byte of the page (a bench-only init script, not part of any build). The
 * `__name` shim: tsx compiles the functions passed to page.evaluate with esbuild's keep-names helper, which does
 * not exist in the page.
 */
export const LONG_TASK_OBSERVER = `
  window.__name = (fn) => fn;
  window.__benchLongTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
  window.__benchSliderRun = (started, ended, frames) => {
    const tasks = window.__benchLongTasks.filter((t) => t.start >= started && t.start <= ended && t.duration > 50);
    return {
      msPerFrame: (ended - started) / frames,
      longTasks: tasks.length,
      longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
    };
  };
`;

/** The page-side summary of a drag (defined by LONG_TASK_OBSERVER): time per frame and the long tasks. */
export type BenchWindow = Window & {
  __benchSliderRun: (started: number, ended: number, frames: number) => SliderRun;
};

/**
 * Navigate; wait for the page's own "first coloured map" mark; sum the JS requested before that mark, gzipped.
 * By when each script was requested, not when the bench saw its answer: the dashboard loads React right after
 * its first map (web/first-map), and a script asked for after the mark cannot have delayed it, while its answer
 * may still arrive before the bench's next look at the page.
 */
export async function load(page: Page, url: string): Promise<Load> {
  const scripts: { url: string; bytes: Buffer; requestedAt: number }[] = [];
  const pending: Promise<void>[] = [];
  const onResponse = (response: Response) => {
    if (!/\.m?js(\?|$)/.test(response.url())) return;
    // Wall-clock milliseconds, like the mark's time below (performance.timeOrigin + startTime).
    const requestedAt = response.request().timing().startTime;
    pending.push(
      response
        .body()
        .catch(() => Buffer.alloc(0))
        .then((bytes) => void scripts.push({ url: response.url(), bytes, requestedAt })),
    );
  };
  page.on('response', onResponse);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      const mark = performance.getEntriesByName('atlas:first-coloured-map')[0];
      if (!mark) return null;
      // The page's own Resource Timing, on the mark's clock: which scripts it asked for before the mark.
      const requested = performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime <= mark.startTime)
        .map((entry) => entry.name);
      return { ms: mark.startTime, wall: performance.timeOrigin + mark.startTime, requested };
    },
    null,
    { timeout: 120_000, polling: 50 },
  );
  const { ms, wall, requested } = (await handle.jsonValue()) as {
    ms: number;
    wall: number;
    requested: string[];
  };
  page.off('response', onResponse);
  await Promise.all(pending);
  const isWorker = (s: { url: string }) => s.url.includes('worker');
  // A worker's own script is not in the page's Resource Timing: it goes by the request's wall-clock start.
  const before = scripts.filter((s) => (isWorker(s) ? s.requestedAt <= wall : requested.includes(s.url)));
  const gz = (list: typeof before) => list.reduce((sum, s) => sum + gzipSync(s.bytes).length, 0);
  const main = before.filter((s) => !isWorker(s));
  return {
    ms,
    mainJsGz: gz(main),
    workerJsGz: gz(before.filter(isWorker)),
    mainScripts: main.map((s) => new URL(s.url).pathname),
  };
}

/**
 * A user reads the list before choosing: the click lands on a page that has drawn its open list, not on the list's
 * first frame, whose drawing (in SwiftShader, tens of milliseconds) is the list's opening, not the switch.
 */
const READING_PAUSE_MS = 300;

/**
 * Choose an indicator the way a user does, on either page (the bare page has a plain list with the same selectors):
 * open the list, wait until it is drawn and read, click the option, and time from that click until its colours are
 * drawn: the end of the page's `atlas:colours-drawn` measure (the map idle after the frame that drew them).
 */
function switchOnce(page: Page, indicator: string): Promise<number> {
  return page.evaluate(
    async ({ id, pause }) => {
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      const drawnAt = (from: number) => {
        const entry = performance
          .getEntriesByName('atlas:colours-drawn')
          .find((e) => e.startTime >= from && String((e as PerformanceMeasure).detail).startsWith(`${id}:`));
        return entry ? entry.startTime + entry.duration : null;
      };
      document.querySelector<HTMLInputElement>('[data-testid="indicator-input"]')!.click();
      // Visible: the dashboard keeps a closed list, hidden, so the option can be there before the list opens.
      const option = () => {
        const found = document.querySelector<HTMLElement>(
          `[data-testid="indicator-listbox"] [data-value="${id}"]`,
        );
        return found?.checkVisibility() ? found : null;
      };
      const opened = performance.now();
      while (!option()) {
        if (performance.now() - opened > 30_000) throw new Error(`picker never listed ${id}`);
        await frame();
      }
      await new Promise((resolve) => setTimeout(resolve, pause));
      await frame();
      const started = performance.now();
      option()!.click();
      let drawn = drawnAt(started);
      while (drawn === null) {
        if (performance.now() - started > 30_000) throw new Error(`switch to ${id} never drawn`);
        await frame();
        drawn = drawnAt(started);
      }
      return drawn - started;
    },
    { id: indicator, pause: READING_PAUSE_MS },
  );
}

/**
 * Wait until the page has finished what it does after its first coloured map (the dashboard's deferred layers
 * and context geometry), so a switch is timed on its own, as a user who reads the map first would meet it.
 */
export async function settle(page: Page, side: Side): Promise<void> {
  if (side === 'dashboard') {
    await page.waitForFunction(() => performance.getEntriesByName('atlas:overlays-drawn').length > 0, null, {
      timeout: 60_000,
    });
  }
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 500)));
}

export async function switchTimes(page: Page, side: Side): Promise<SwitchTimes> {
  await settle(page, side);
  const first: number[] = [];
  const cached: number[] = [];
  for (const id of SWITCH_INDICATORS) first.push(await switchOnce(page, id));
  for (const id of SWITCH_INDICATORS) cached.push(await switchOnce(page, id));
  return { first, cached };
}

/**
 * A slider drag: one year step per animation frame, each a full re-colour, with every year's values already
 * fetched (a first pass through the years fills the caches, as the first drag of a session would).
 */
export async function sliderDrag(page: Page, side: Side): Promise<SliderRun> {
  if (side === 'dashboard') {
    await switchOnce(page, SLIDER_INDICATOR);
  }
  return page.evaluate(
    async ({ side, indicator, frames }) => {
      const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
      const slider = document.querySelector<HTMLInputElement>('[data-testid="year-slider"]');
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      const years =
        side === 'bare'
          ? await window.bare!.prefetch(indicator)
          : Array.from({ length: Number(slider!.max) + 1 }, (_, i) => i);
      const step = (position: number) => {
        if (side === 'bare') window.bare!.applyCached(indicator, years[position]!);
        else {
          setValue.call(slider!, String(years[position]));
          slider!.dispatchEvent(new Event('input', { bubbles: true }));
        }
      };
      // The end of the page's newest colouring measure (a switch or a drag), and what it drew.
      const newestDrawn = () =>
        performance
          .getEntriesByType('measure')
          .filter((e) => e.name === 'atlas:colours-drawn' || e.name === 'atlas:drag-drawn')
          .map((e) => ({ end: e.startTime + e.duration, key: String((e as PerformanceMeasure).detail) }))
          .sort((a, b) => a.end - b.end)
          .at(-1);
      const until = async <T>(what: string, found: () => T | undefined): Promise<T> => {
        const deadline = performance.now() + 30_000;
        for (let value = found(); ; value = found()) {
          if (value !== undefined) return value;
          if (performance.now() > deadline) throw new Error(`never drawn: ${what}`);
          await frame();
        }
      };
      // Drawn when the newest colouring names the year the slider shows now (or the bare map is idle).
      const settled = async () => {
        if (side === 'bare') return window.bare!.idle();
        await frame(); // React has rendered the step by then: the slider's text names the year it chose
        const prefix = `${indicator}:${slider!.getAttribute('aria-valuetext')}:`;
        await until(prefix, () => (newestDrawn()?.key.startsWith(prefix) ? true : undefined));
      };
      if (side === 'dashboard')
        for (let i = 0; i < years.length; i++) {
          step(i);
          await settled();
        }
      await frame();
      // A drag holds the pointer down from its first step to its last, as a hand on the slider does.
      const pointer = (type: string) => slider?.dispatchEvent(new PointerEvent(type, { bubbles: true }));
      // Marks in the page's trace, so a traced drag can be read apart from the first pass above.
      const started = performance.mark('bench:drag-start').startTime;
      pointer('pointerdown');
      for (let i = 0; i < frames; i++) {
        const cycle = 2 * (years.length - 1);
        const position = i % cycle < years.length ? i % cycle : cycle - (i % cycle);
        step(position);
        await frame();
      }
      pointer('pointerup');
      // The dashboard's drag ends when the colouring it was let go at is drawn: its one drag measure.
      const ended =
        side === 'bare'
          ? await window.bare!.idle().then(() => performance.now())
          : await until('the drag', () => {
              const drag = performance
                .getEntriesByName('atlas:drag-drawn')
                .find((e) => e.startTime + e.duration >= started);
              return drag ? drag.startTime + drag.duration : undefined;
            });
      performance.mark('bench:drag-end', { startTime: ended });
      return (window as unknown as BenchWindow).__benchSliderRun(started, ended, frames);
    },
    { side, indicator: SLIDER_INDICATOR, frames: SLIDER_FRAMES },
  );
}
