import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sv } from '../../web/i18n/sv';
import { pickerText } from '../../web/lib/picker-texts';
import { ARTIFACTS_DIR } from '../support/paths';
import { waitForMap } from './support/browser';
import { pickIndicator } from './support/indicator-picker';
import {
  fillsOf,
  openPlanner,
  pointerOnSlider,
  queryOf,
  stepSlider,
  waitForOverlays,
  waitForTable,
} from './support/map-page';
import { plannerSessionForFile } from './support/planner-session';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');

/** The planner's first map and how it changes: the indicator picker, the year slider and a drag's colouring. */
const planner = plannerSessionForFile('e2e-map-switching-web');

/** The map's colouring measures so far, in order: [name, detail]. */
async function colouringEntries(on: Page): Promise<[string, string][]> {
  return on.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('atlas:'))
      .map((e) => [e.name, String((e as PerformanceMeasure).detail)] as [string, string]),
  );
}

describe('planner map: first colouring, indicator switch and year drag', () => {
  it('loads with no request leaving this server and draws all 290 municipalities in colour', async () => {
    const key = await openPlanner(planner.page, planner.origin);
    expect(key).toMatch(/^open_unemployment_18_65:\d{4}:quantile$/);
    expect(planner.allCodes).toHaveLength(290);
    const drawn = await planner.page.evaluate(() => window.__atlas!.renderedMunicipalityCodes());
    expect(drawn).toEqual(planner.allCodes);
    const fills = await fillsOf(planner.page, planner.allCodes);
    expect(fills.filter((f) => f !== null)).toHaveLength(290);
    expect(await planner.text('[data-testid="coverage-note"]')).toContain('290 av 290 kommuner har data');
    expect(planner.offsite.attempted).toEqual([]);
    await waitForOverlays(planner.page);
    // Index mode's robustness worker starts with its first run, not with the planner, so it never competes with
    // MapLibre's worker (the only one here) for the first map.
    const workers = planner.page.workers().map((worker) => worker.url());
    expect(workers.filter((url) => !url.includes('maplibre-gl-worker'))).toEqual([]);
    expect(workers).toHaveLength(1);
    await planner.page.screenshot({ path: path.join(SCREENSHOTS, 'map-1280x720.png') });
  });

  it('re-colours when the indicator changes, keeping the same geometry', async () => {
    const before = await fillsOf(planner.page, planner.allCodes);
    const entriesBefore = await colouringEntries(planner.page);
    await pickIndicator(planner.page, 'population_total');
    const key = await waitForMap(planner.page, 'population_total:2024:quantile');
    expect(key).toBe('population_total:2024:quantile');
    // One User Timing measure for the switch, from the colouring handed to the map until it is drawn.
    await expect
      .poll(async () => (await colouringEntries(planner.page)).slice(entriesBefore.length))
      .toEqual([['atlas:colours-drawn', 'population_total:2024:quantile']]);
    const after = await fillsOf(planner.page, planner.allCodes);
    const changed = after.filter((fill, i) => fill !== before[i]).length;
    expect(changed).toBeGreaterThan(100);
    expect(queryOf(planner.page).get('indicator')).toBe('population_total');
    expect(await planner.text('[data-testid="legend"]')).toContain('58 kommuner');
  });

  it('opens the picker without scrolling it, and scrolls only when a keyboard move leaves the view', async () => {
    await planner.page.evaluate(() => {
      const counted = window as unknown as { scrolls: number };
      counted.scrolls = 0;
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        counted.scrolls++;
        original.call(this, arg);
      };
    });
    const scrolls = () => planner.page.evaluate(() => (window as unknown as { scrolls: number }).scrolls);
    const input = planner.page.getByTestId('indicator-input');
    await input.click();
    await planner.page.locator('[data-testid="indicator-listbox"] [role="option"]').nth(40).waitFor();
    await input.press('ArrowDown');
    expect(await scrolls()).toBe(0);
    for (let i = 0; i < 4; i++) await input.press('PageDown');
    expect(await scrolls()).toBeGreaterThan(0);
    const inView = await planner.page.evaluate(() => {
      const list = document.querySelector('[data-testid="indicator-listbox"]')!.getBoundingClientRect();
      const id = document
        .querySelector('[data-testid="indicator-input"]')!
        .getAttribute('aria-activedescendant');
      const row = document.getElementById(id!)!.getBoundingClientRect();
      return row.top >= list.top - 1 && row.bottom <= list.bottom + 1;
    });
    expect(inView).toBe(true);
    await input.press('Escape');
  });

  it('re-colours each step of a slider drag and writes the URL once, on release, as one history entry', async () => {
    const years = await planner.page.evaluate(() =>
      Number(document.querySelector('[data-testid="year-slider"]')!.getAttribute('max')),
    );
    expect(years).toBeGreaterThan(4);
    const before = await planner.page.evaluate(() => ({
      length: history.length,
      year: new URLSearchParams(location.search).get('year'),
    }));
    const entriesBefore = await colouringEntries(planner.page);
    const step = (position: number) => stepSlider(planner.page, position);
    await pointerOnSlider(planner.page, 'pointerdown');
    await step(0);
    const firstYear = await planner.page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
    for (const position of [1, 2, 3]) {
      await step(position);
      const shown = await planner.page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
      await waitForMap(planner.page, `population_total:${shown}:quantile`);
      // Shown and drawn, but the URL still holds the drag's first step.
      expect(queryOf(planner.page).get('year')).toBe(firstYear);
    }
    const lastYear = await planner.page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
    const duringDrag = await colouringEntries(planner.page);
    await pointerOnSlider(planner.page, 'pointerup');
    // The frames under the pointer wrote no entry; letting go writes one measure for the whole drag.
    // (At most the first step's, a choice before the pointer moved.)
    const perStep = duringDrag.slice(entriesBefore.length).filter(([name]) => name === 'atlas:colours-drawn');
    expect(perStep.length).toBeLessThanOrEqual(1);
    await expect
      .poll(async () => (await colouringEntries(planner.page)).slice(duringDrag.length))
      .toEqual([['atlas:drag-drawn', `population_total:${lastYear}:quantile`]]);
    await planner.page.waitForFunction(
      (year) => new URLSearchParams(location.search).get('year') === year,
      lastYear,
    );
    expect(await planner.page.evaluate(() => history.length)).toBe(before.length + 1);
    expect(lastYear).not.toBe(before.year);
    await planner.page.goBack();
    await planner.page.waitForFunction(
      (year) => new URLSearchParams(location.search).get('year') === year,
      before.year,
    );
  });

  it('during a drag only the map follows: legend and table name the year they show, and follow on release', async () => {
    await openPlanner(planner.page, planner.origin, '?indicator=population_total&table=1');
    await waitForTable(planner.page, 'population_total');
    const shows = () => planner.page.locator('section.ranking').getAttribute('data-shows');
    await pointerOnSlider(planner.page, 'pointerdown');
    // The first step is a choice (a click on the track looks the same): the table follows it.
    const choice = await stepSlider(planner.page, 0);
    await waitForTable(planner.page, 'population_total', { year: Number(choice) });
    for (const position of [1, 2, 3]) await stepSlider(planner.page, position);
    const held = (await stepSlider(planner.page, 4))!;
    await waitForMap(planner.page, `population_total:${held}:quantile`);
    // The map shows the year under the pointer; the table and legend still the choice's, and say so.
    expect(await shows()).toBe(`population_total:${choice}:total`);
    expect(await planner.text('.legend__unit')).toContain(choice!);
    const notes = planner.page.locator('[data-testid="follows-on-release"]');
    expect(await notes.allInnerTexts()).toEqual([
      sv.followsOnRelease.replace('{year}', choice!),
      sv.followsOnRelease.replace('{year}', choice!),
    ]);
    expect(await planner.text('.year-output')).toBe(held);
    await planner.page.screenshot({ path: path.join(SCREENSHOTS, 'map-year-drag-1280x720.png') });
    await pointerOnSlider(planner.page, 'pointerup');
    // Let go: table, legend and URL show the year the map shows, and nothing says it follows any more.
    await waitForTable(planner.page, 'population_total', { year: Number(held) });
    expect(await planner.page.getAttribute('.atlas-map', 'data-fill-key')).toBe(
      `population_total:${held}:quantile`,
    );
    expect(await planner.text('.legend__unit')).toContain(held);
    expect(queryOf(planner.page).get('year')).toBe(held);
    expect(await notes.count()).toBe(0);
  });

  it('hides the list on a choice instead of unmounting it, and reopens the same rows on the new choice', async () => {
    const page = planner.page;
    const row = (id: string) =>
      page.locator(`[data-testid="indicator-listbox"] [role="option"][data-value="${id}"]`);
    const input = page.getByTestId('indicator-input');
    await input.click();
    await row('smahus_kt_ratio').waitFor();
    // Deleting up to 200 rows on every choice cost 5-10 ms of the switch it started: the rows stay, hidden.
    await row('smahus_kt_ratio').evaluate((node) => ((node as HTMLElement).dataset.kept = 'yes'));
    await row('smahus_kt_ratio').click();
    await page.waitForFunction(() => window.__atlas?.fillKey?.startsWith('smahus_kt_ratio:'), null, {
      timeout: 60_000,
    });
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await input.getAttribute('aria-activedescendant')).toBeNull();
    expect(await page.getByTestId('indicator-listbox').isVisible()).toBe(false);
    expect(await page.getByRole('listbox', { name: pickerText('sv')('pickerLabel') }).count()).toBe(0);

    await input.click();
    await row('smahus_kt_ratio').waitFor();
    expect(await row('smahus_kt_ratio').getAttribute('data-kept')).toBe('yes');
    expect(await row('smahus_kt_ratio').getAttribute('aria-selected')).toBe('true');
    expect(await row('population_total').getAttribute('aria-selected')).toBe('false');
    expect(await page.getByTestId('indicator-listbox').evaluate((list) => list.scrollTop)).toBe(0);
    await input.press('Escape');
    expect(await page.getByTestId('indicator-listbox').isVisible()).toBe(false);
  });
});
