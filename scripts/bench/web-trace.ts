/**
 * Where the main thread's time goes: a Chromium trace of one cold load, reduced to its longest tasks and what ran
 * inside each (script URL or event name), so a regression points at code, not just at a bigger number.
 */
import { writeFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { ProfileChunkData } from './web-profile';

export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  id?: string;
  args?: { name?: string; data?: { url?: string; functionName?: string; type?: string } & ProfileChunkData };
}

export interface LongTask {
  startMs: number;
  durationMs: number;
  /** The biggest pieces of work inside the task, longest first, e.g. "EvaluateScript index-….js 212 ms". */
  inside: string[];
}

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'blink.user_timing',
  // V8's sampling profiler: which functions (and, through source maps, which modules) the time went to.
  'disabled-by-default-v8.cpu_profiler',
];

/** Runs `action` under a trace, saves the raw trace at `tracePath` (loadable in chrome://tracing / Perfetto). */
export async function traced(
  browser: Browser,
  page: Page,
  tracePath: string,
  action: () => Promise<void>,
): Promise<TraceEvent[]> {
  await browser.startTracing(page, { categories: CATEGORIES });
  await action();
  const buffer = await browser.stopTracing();
  writeFileSync(tracePath, buffer);
  return (JSON.parse(buffer.toString('utf8')) as { traceEvents: TraceEvent[] }).traceEvents;
}

const shortUrl = (url: string) => url.replace(/^https?:\/\/[^/]+/, '').slice(0, 60);

function label(event: TraceEvent): string {
  const data = event.args?.data;
  const what = data?.url ? shortUrl(data.url) : (data?.functionName ?? data?.type ?? '');
  return `${event.name}${what ? ` ${what}` : ''}`;
}

/** The page's renderer main thread. Each page ever shown has one (about:blank first): the busiest. */
export function mainThread(events: TraceEvent[]): { pid: number; tid: number } | undefined {
  const busy = (m: TraceEvent) =>
    events
      .filter((e) => e.pid === m.pid && e.tid === m.tid && e.name === 'RunTask')
      .reduce((sum, e) => sum + (e.dur ?? 0), 0);
  return events
    .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
    .sort((a, b) => busy(b) - busy(a))[0];
}

/** The `count` longest tasks of the renderer's main thread, with the longest events nested in each. */
export function longestTasks(events: TraceEvent[], count = 8): LongTask[] {
  const main = mainThread(events);
  if (!main) return [];
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur);
  const origin = Math.min(...onMain.map((e) => e.ts));
  const tasks = onMain.filter((e) => e.name === 'RunTask').sort((a, b) => b.dur! - a.dur!);
  return tasks.slice(0, count).map((task) => {
    const end = task.ts + task.dur!;
    const children = onMain
      .filter((e) => e !== task && e.name !== 'RunTask' && e.ts >= task.ts && e.ts + e.dur! <= end)
      .sort((a, b) => b.dur! - a.dur!)
      .slice(0, 4);
    return {
      startMs: (task.ts - origin) / 1000,
      durationMs: task.dur! / 1000,
      inside: children.map((c) => `${label(c)} ${(c.dur! / 1000).toFixed(0)} ms`),
    };
  });
}

export function formatTasks(title: string, tasks: LongTask[]): string {
  const lines = tasks.map(
    (t) =>
      `  ${t.durationMs.toFixed(0).padStart(5)} ms at ${t.startMs.toFixed(0).padStart(5)} ms: ${t.inside.join('; ')}`,
  );
  return [`${title}:`, ...lines].join('\n');
}
