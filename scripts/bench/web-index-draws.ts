/**
 * The main thread while the index's 1,000 robustness draws run in the web worker (issue 13 §8: no task over 50 ms
 * meanwhile). A keyboard step on a pillar slider starts a run once the weights settle; the window is from the run
 * posted (its start mark) until its answer is rendered in the 290-row table (the page idle after the reply mark).
 * Needs LONG_TASK_OBSERVER in the context.
 */
import type { Page } from 'playwright-core';

export interface DrawsRun {
  /** The worker's own time for the 1,000 draws (the reply mark's detail). */
  workerMs: number;
  /** Main-thread tasks over 50 ms from the run posted to its answer rendered, and the longest. */
  longTasks: number;
  longestTask: number;
}

const START = 'atlas:index-robustness-start';
/** The dashboard's mark when a robustness answer is rendered (web/attractiveness/use-robustness.ts). */
export const ROBUSTNESS_REPLY = 'atlas:index-robustness';

/** Open index mode with the ranking table, wait for its first intervals, then time `runs` fresh runs. */
export async function indexDraws(page: Page, origin: string, runs = 1): Promise<DrawsRun[]> {
  await openIndexTable(page, origin);
  return drawRuns(page, runs);
}

export async function openIndexTable(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/?mode=index&table=1`);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, ROBUSTNESS_REPLY, {
    timeout: 120_000,
  });
}

/** `runs` fresh runs in an open index mode, each started by a keyboard step on the housing slider. */
export async function drawRuns(page: Page, runs: number): Promise<DrawsRun[]> {
  const replies = () => page.evaluate((name) => performance.getEntriesByName(name).length, ROBUSTNESS_REPLY);
  const moreThan = (n: number) =>
    page.waitForFunction(
      ([name, k]) => performance.getEntriesByName(name as string).length > (k as number),
      [ROBUSTNESS_REPLY, n],
      {
        timeout: 120_000,
      },
    );
  const slider = page.locator('input[data-pillar="housing"]');
  await slider.focus();
  const results: DrawsRun[] = [];
  for (let run = 0; run < runs; run += 1) {
    await idle(page);
    const before = await replies();
    await page.keyboard.press(run % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
    await moreThan(before);
    await idle(page);
    results.push(
      await page.evaluate(
        ([start, reply]) => {
          const posted = performance.getEntriesByName(start as string).at(-1)!;
          const answer = performance.getEntriesByName(reply as string).at(-1) as PerformanceMark;
          const tasks = (
            window as unknown as { __benchLongTasks: { start: number; duration: number }[] }
          ).__benchLongTasks.filter((t) => t.start + t.duration >= posted.startTime && t.duration > 50);
          return {
            workerMs: answer.detail as number,
            longTasks: tasks.length,
            longestTask: Math.max(0, ...tasks.map((t) => t.duration)),
          };
        },
        [START, ROBUSTNESS_REPLY],
      ),
    );
  }
  return results;
}

/** Until the main thread has had an idle moment twice in a row: the answer's render (a transition) is done. */
function idle(page: Page): Promise<void> {
  return page.evaluate(async () => {
    const once = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 5_000 }));
    await once();
    await new Promise((resolve) => setTimeout(resolve, 200));
    await once();
  });
}
