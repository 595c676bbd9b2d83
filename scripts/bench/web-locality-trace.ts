/**
 * Where a locality page's first screen spends its time (issue 17): one cold load of `/kommun/0617` under a Chromium
 * trace until the first-screen mark, split into the main thread's script compile and evaluation, other JavaScript
 * (React's render and commit run inside callbacks), style/layout/paint and idle time (waiting for the network), with
 * every request made before the mark (when it started and answered, and its size).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { isolatedContext } from '../../tests/e2e/support/browser';
import { formatHotSources, hotSources } from './web-profile';
import { mainThread, traced, type TraceEvent } from './web-trace';

const FIRST_SCREEN_MARK = 'atlas:first-screen-complete';

/** The trace's own event names, grouped into what the breakdown reports. */
const KINDS: [string, RegExp][] = [
  [
    'script compile + evaluate',
    /^(EvaluateScript|v8\.compile|v8\.compileModule|v8\.evaluateModule|CompileScript)$/,
  ],
  ['parse HTML', /^ParseHTML$/],
  [
    'style, layout, paint',
    /^(UpdateLayoutTree|Layout|Paint|PrePaint|Layerize|UpdateLayer|Commit|RecalculateStyles)$/,
  ],
  [
    'other JavaScript (callbacks: React render, fetch answers, JSON)',
    /^(FunctionCall|RunMicrotasks|TimerFire|FireAnimationFrame|v8\.callFunction|EventDispatch|XHRLoad)$/,
  ],
];

interface Request {
  url: string;
  startMs: number;
  endMs: number;
  bytes: number;
}

async function requestsBefore(page: Page): Promise<{ mark: number; requests: Request[] }> {
  return page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]!.startTime;
    const requests = (performance.getEntriesByType('resource') as PerformanceResourceTiming[])
      .filter((entry) => entry.startTime < at)
      .map((entry) => ({
        url: new URL(entry.name).pathname + new URL(entry.name).search,
        startMs: entry.startTime,
        endMs: entry.responseEnd,
        bytes: entry.transferSize,
      }));
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    requests.unshift({
      url: '(document)',
      startMs: 0,
      endMs: navigation.responseEnd,
      bytes: navigation.transferSize,
    });
    return { mark: at, requests };
  }, FIRST_SCREEN_MARK);
}

/**
 * Main-thread wall time from navigation to the mark, by kind. Each moment counts once, for the first kind in
 * KINDS that covers it: a module evaluated inside a promise callback is script evaluation, not "other JavaScript".
 * `cpu` is the tasks' thread time: on a busy machine the gap to their wall time is the thread waiting for a core.
 */
export function mainThreadBreakdown(events: TraceEvent[], untilMs: number): [string, number][] {
  const main = mainThread(events);
  // Navigation start, from the mark's own trace event and its time from navigation (the page's clock).
  const markEvent = events.find((e) => e.name === FIRST_SCREEN_MARK);
  if (!main || !markEvent) return [];
  const until = markEvent.ts;
  const origin = until - untilMs * 1000;
  const onMain = events.filter(
    (e) =>
      e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur && e.ts < until && e.ts >= origin,
  );
  const span = (e: TraceEvent): [number, number] => [e.ts, Math.min(e.ts + e.dur!, until)];
  const tasks = onMain.filter((e) => e.name === 'RunTask');
  const kinds = KINDS.map(([kind, pattern]) => ({
    kind,
    spans: onMain.filter((e) => pattern.test(e.name)).map(span),
  }));
  kinds.push({ kind: 'other main-thread work in tasks', spans: tasks.map(span) });
  const cuts = [...new Set(kinds.flatMap((k) => k.spans.flat()))].sort((a, b) => a - b);
  const totals = new Map(kinds.map((k) => [k.kind, 0]));
  for (let i = 0; i + 1 < cuts.length; i++) {
    const [from, to] = [cuts[i]!, cuts[i + 1]!];
    const owner = kinds.find((k) => k.spans.some(([start, end]) => start <= from && end >= to));
    if (owner) totals.set(owner.kind, totals.get(owner.kind)! + (to - from));
  }
  const busy = [...totals.values()].reduce((sum, us) => sum + us, 0);
  const cpu = tasks.reduce((sum, task) => sum + ((task as { tdur?: number }).tdur ?? 0), 0);
  return [
    ...[...totals].map(([kind, us]): [string, number] => [kind, us / 1000]),
    ['main thread idle (waiting for network, chunks, answers)', untilMs - busy / 1000],
    ['(of the busy wall time: CPU time of the tasks)', cpu / 1000],
  ];
}

/** A traced cold load of `url` (fresh context) until the first-screen mark, as printable lines. */
export async function traceLocalityFirstScreen(
  browser: Browser,
  origin: string,
  url: string,
  tracePath: string,
  /** The built site with its hidden source maps, for JavaScript self time by module. */
  site: { dir: string; repoRoot: string },
): Promise<string> {
  mkdirSync(path.dirname(tracePath), { recursive: true });
  const { context } = await isolatedContext(browser, origin);
  try {
    const page = await context.newPage();
    let result: { mark: number; requests: Request[] } | undefined;
    const events = await traced(browser, page, tracePath, async () => {
      await page.goto(url);
      await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, FIRST_SCREEN_MARK, {
        timeout: 120_000,
        polling: 50,
      });
      result = await requestsBefore(page);
    });
    const { mark, requests } = result!;
    const thread = mainThread(events);
    // The trace stops just after the mark, so its samples are the first screen's.
    const hot = thread ? hotSources(events, thread, site.dir, site.repoRoot, 15) : [];
    const ms = (value: number) => `${value.toFixed(0).padStart(5)} ms`;
    return [
      `Locality first screen, traced cold load of ${url.replace(origin, '')} (${tracePath}): mark at ${mark.toFixed(0)} ms`,
      '  main thread until the mark:',
      ...mainThreadBreakdown(events, mark).map(([kind, value]) => `    ${ms(value)}  ${kind}`),
      '  requests started before the mark (start -> answered, bytes over the wire):',
      ...requests
        .sort((a, b) => a.startMs - b.startMs)
        .map(
          (r) =>
            `    ${ms(r.startMs)} -> ${ms(r.endMs)}  ${String(r.bytes).padStart(7)} B  ${r.url.slice(0, 90)}`,
        ),
      formatHotSources('  main-thread JavaScript self time by module, until just after the mark', hot),
    ].join('\n');
  } finally {
    await context.close();
  }
}
