/** The web bench's traced runs: one cold load of each page, and the dashboard's switches and slider drag. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { isolatedContext } from '../../tests/e2e/support/browser';
import { LONG_TASK_OBSERVER, load, settle, sliderDrag, switchTimes, type Side } from './web-measure';
import { drawRuns, openIndexTable } from './web-index-draws';
import { dragIndexWeight, openIndexMode } from './web-index-slider';
import { formatHotSources, hotSources } from './web-profile';
import { formatTasks, longestTasks, mainThread, traced, type TraceEvent } from './web-trace';

const REPO_ROOT = path.resolve(import.meta.dirname, '..', '..');
const OUT_DIR = path.join(REPO_ROOT, 'artifacts', 'bench');

export const progress = (what: string) => process.stderr.write(`  web bench: ${what}\n`);

export interface Site {
  origin: string;
  /** The built site, with hidden source maps for the profile summary. */
  dir: string;
}

/** A trace's longest main-thread tasks and the modules its JavaScript time went to. */
function summarise(title: string, tracePath: string, events: TraceEvent[], site: Site): string {
  const thread = mainThread(events);
  const hot = thread ? hotSources(events, thread, site.dir, REPO_ROOT) : [];
  return [
    formatTasks(`Longest main-thread tasks, ${title} (${tracePath})`, longestTasks(events)),
    formatHotSources(`Main-thread JavaScript self time by module, ${title}`, hot),
  ].join('\n');
}

export async function traceColdLoads(
  browser: Browser,
  sites: Record<Side, Site>,
  { interactions = true, dragsOnly = false } = {},
): Promise<string[]> {
  mkdirSync(OUT_DIR, { recursive: true });
  const summaries: string[] = [];
  for (const side of dragsOnly ? [] : (['bare', 'dashboard'] as const)) {
    progress(`${side}: traced cold load`);
    const { context } = await isolatedContext(browser, sites[side].origin);
    const page = await context.newPage();
    const tracePath = path.join(OUT_DIR, `web-${side}-cold-load.trace.json`);
    const events = await traced(
      browser,
      page,
      tracePath,
      async () => void (await load(page, `${sites[side].origin}/`)),
    );
    summaries.push(summarise(`${side}, cold load`, tracePath, events, sites[side]));
    await context.close();
  }
  if (interactions) summaries.push(...(await traceInteractions(browser, sites.dashboard, dragsOnly)));
  writeFileSync(path.join(OUT_DIR, 'web-long-tasks.txt'), `${summaries.join('\n\n')}\n`);
  return summaries;
}

/**
 * The dashboard's indicator switches, slider drag, index weight drag and index robustness draws under a trace:
 * where a switch or a frame spends its time.
 */
async function traceInteractions(browser: Browser, site: Site, dragsOnly: boolean): Promise<string[]> {
  const { origin } = site;
  const { context } = await isolatedContext(browser, origin);
  await context.addInitScript(LONG_TASK_OBSERVER);
  const page = await context.newPage();
  await load(page, `${origin}/`);
  const summaries: string[] = [];
  // Each with what to do before its trace starts (opening index mode is not part of the drag or the draws).
  const steps: [string, () => Promise<unknown>, (() => Promise<void>)?][] = [
    ['indicator switches', () => switchTimes(page, 'dashboard')],
    ['slider drag', () => sliderDrag(page, 'dashboard'), () => settle(page, 'dashboard')],
    ['index weight drag', () => dragIndexWeight(page), () => openIndexMode(page, origin)],
    ['index draws', () => drawRuns(page, 2), () => openIndexTable(page, origin)],
  ];
  for (const [what, action, before] of dragsOnly ? steps.filter(([what]) => what.endsWith('drag')) : steps) {
    await before?.();
    progress(`dashboard: traced ${what}`);
    const tracePath = path.join(OUT_DIR, `web-dashboard-${what.replace(/ /g, '-')}.trace.json`);
    const events = await traced(browser, page, tracePath, async () => void (await action()));
    summaries.push(summarise(`dashboard, ${what}`, tracePath, events, site));
  }
  await context.close();
  return summaries;
}
