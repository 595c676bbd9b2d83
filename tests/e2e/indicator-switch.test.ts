import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { IndexResponse } from '../../data/contract';
import { indexFills } from '../../web/attractiveness/index-colours';
import { ANNOUNCE_AFTER_MS } from '../../web/planner/IndicatorChoice';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';
import { isolatedContext } from './support/browser';
import { pickIndicator, pickerInput } from './support/indicator-picker';
import { fillsOf, openPlanner, queryOf } from './support/map-page';

const SLOW = 'median_household_disposable_income';
const FAST = 'employment_rate_20_64';
const SLOW_MS = 1500;
const SAMPLE_CODES = ['0114', '0617', '1480', '2580'];

let atlas: AtlasServer;
let context: BrowserContext;
let page: Page;
let titles: Map<string, string>;

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-indicator-switch-web');
  const catalogue = (await (await fetch(`${atlas.origin}/api/indicators`)).json()) as {
    indicators: { id: string; title: { sv: string } }[];
  };
  titles = new Map(catalogue.indicators.map((i) => [i.id, i.title.sv]));
});

afterAll(async () => {
  await atlas?.close();
});

beforeEach(async () => {
  await context?.close();
  ({ context } = await isolatedContext(atlas.launched.browser, atlas.origin));
  page = await context.newPage();
  await openPlanner(page, atlas.origin);
});

/** Holds every values answer of `id` back by SLOW_MS, as a slow network would. */
async function slowValues(id: string): Promise<void> {
  await page.route(`**/api/indicators/${id}/values**`, async (route) => {
    await new Promise((resolve) => setTimeout(resolve, SLOW_MS));
    await route.continue();
  });
}

/** When (performance.now) the page wrote each URL into its history, from now on. */
async function recordHistory(): Promise<void> {
  await page.evaluate(() => {
    const writes: { at: number; url: string }[] = [];
    (window as unknown as { __writes: typeof writes }).__writes = writes;
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history);
      history[method] = (data: unknown, unused: string, url?: string | URL | null) => {
        writes.push({ at: performance.now(), url: String(url ?? '') });
        original(data, unused, url);
      };
    }
  });
}

const historyWrites = () =>
  page.evaluate(() => (window as unknown as { __writes: { at: number; url: string }[] }).__writes);

/** Waits until the map reports `id`'s colours drawn; their key. */
const waitForIndicator = async (id: string) =>
  (await page
    .waitForFunction(
      (wanted) => window.__atlas?.fillKey?.startsWith(`${wanted}:`) && window.__atlas.fillKey,
      id,
      {
        timeout: 30_000,
      },
    )
    .then((handle) => handle.jsonValue())) as string;

/** The end of the newest colours-drawn measure for `id`, or null. */
const drawnAt = (id: string) =>
  page.evaluate((wanted) => {
    const entry = performance
      .getEntriesByName('atlas:colours-drawn')
      .filter((e) => String((e as PerformanceMeasure).detail).startsWith(`${wanted}:`))
      .at(-1);
    return entry ? entry.startTime + entry.duration : null;
  }, id);

describe('an indicator chosen in the picker', () => {
  it('is drawn on the map before the URL, the legend and the map title take it', async () => {
    await recordHistory();
    await pickIndicator(page, FAST);
    await waitForIndicator(FAST);
    const drawn = await drawnAt(FAST);
    const write = (await historyWrites()).find(
      (w) => new URLSearchParams(w.url.split('?')[1]).get('indicator') === FAST,
    );
    expect(drawn).not.toBeNull();
    expect(write).toBeDefined();
    // The page's render comes after the frame that drew the colours, never between the values and that frame.
    expect(drawn!).toBeLessThanOrEqual(write!.at);
    expect(queryOf(page).get('indicator')).toBe(FAST);
    await expect.poll(() => page.locator('.legend__indicator').innerText()).toBe(titles.get(FAST));
    expect(await page.locator('.atlas-map__canvas').getAttribute('aria-label')).toContain(titles.get(FAST));
    // One measure for the switch: the page's later render finds the colours on the map and hands nothing over.
    const measures = await page.evaluate(
      (id) =>
        performance
          .getEntriesByName('atlas:colours-drawn')
          .filter((e) => String((e as PerformanceMeasure).detail).startsWith(`${id}:`)).length,
      FAST,
    );
    expect(measures).toBe(1);
  });

  it('while its values are on their way, is named in the picker and, after a noticeable wait, in a status line', async () => {
    const before = queryOf(page).get('indicator');
    await slowValues(SLOW);
    const clickedAt = await page.evaluate(() => performance.now());
    await pickIndicator(page, SLOW);
    await page.getByTestId('indicator-loading').waitFor({ timeout: SLOW_MS });
    const shownAt = await page.evaluate(() => performance.now());
    expect(shownAt - clickedAt).toBeGreaterThanOrEqual(ANNOUNCE_AFTER_MS);
    expect(await page.getByTestId('indicator-loading').innerText()).toContain(titles.get(SLOW));
    expect(await pickerInput(page).inputValue()).toBe(titles.get(SLOW));
    // The URL (and so the legend, the table and a shared link) keeps what the map shows until the colours land.
    expect(queryOf(page).get('indicator')).toBe(before);
    await waitForIndicator(SLOW);
    await expect.poll(() => queryOf(page).get('indicator')).toBe(SLOW);
    await expect.poll(() => page.getByTestId('indicator-loading').count()).toBe(0);
  });

  it('gives way to a later choice: the slower answer landing afterwards changes nothing', async () => {
    await slowValues(SLOW);
    await pickIndicator(page, SLOW);
    await pickIndicator(page, FAST);
    const key = await waitForIndicator(FAST);
    const fills = await fillsOf(page, SAMPLE_CODES);
    // Past the slow answer's arrival.
    await page.waitForTimeout(SLOW_MS + 500);
    expect(await page.locator('.atlas-map').getAttribute('data-fill-key')).toBe(key);
    expect(await fillsOf(page, SAMPLE_CODES)).toEqual(fills);
    expect(queryOf(page).get('indicator')).toBe(FAST);
    expect(await drawnAt(SLOW)).toBeNull();
  });

  it('does not colour the map when the index mode was opened while it loaded', async () => {
    await slowValues(SLOW);
    await pickIndicator(page, SLOW);
    await page.locator('.mode-switch button').nth(1).click();
    // Past the slow answer's arrival: the choice has landed in the URL by then.
    await page.waitForTimeout(SLOW_MS + 500);
    await expect.poll(() => queryOf(page).get('indicator')).toBe(SLOW);
    expect(queryOf(page).get('mode')).toBe('index');
    expect(await drawnAt(SLOW)).toBeNull();
    // The map shows the index, every municipality in the index's own colours.
    const answer = (await (await atlas.app.request('/api/index')).json()) as IndexResponse;
    const expected = indexFills(answer.result).fills;
    const codes = answer.result.rows.map((r) => r.code);
    await expect
      .poll(async () => {
        const shown = await fillsOf(page, codes);
        return codes.filter((code, i) => (shown[i] ?? null) !== (expected.get(code) ?? null)).length;
      })
      .toBe(0);
    expect(await page.evaluate(() => window.__atlas!.fillKey)).toMatch(/^index:/);
  });
});
