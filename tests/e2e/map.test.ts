import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { MunicipalityCollection } from '../../data/contract';
import type { FirmsResponse } from '../../data/contract/api';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import {
  isolatedContext,
  launchChromium,
  waitForMap,
  type LaunchedBrowser,
  type OffsiteLog,
} from './support/browser';
import { buildWeb } from './support/bundle-web';
import { sv } from '../../web/i18n/sv';
import {
  blackPixelsNear,
  clickLonLat,
  fillsOf,
  openPlanner,
  pointerOnSlider,
  queryOf,
  screenPointOf,
  stepSlider,
  waitForOverlays,
  waitForTable,
} from './support/map-page';
import { pickIndicator, pickerValue } from './support/indicator-picker';
import { normaliseIntl } from './support/normalise';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
let app: ReturnType<typeof createApp>;
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let context: BrowserContext;
let offsite: OffsiteLog;
let page: Page;
let interior: Map<string, [number, number]>;
let allCodes: string[];

const GNOSJO = '0617';
const LULEA = '2580';

/** The map's colouring measures so far, in order: [name, detail]. */
async function colouringEntries(on: Page): Promise<[string, string][]> {
  return on.evaluate(() =>
    performance
      .getEntriesByType('measure')
      .filter((e) => e.name.startsWith('atlas:'))
      .map((e) => [e.name, String((e as PerformanceMeasure).detail)] as [string, string]),
  );
}

async function text(selector: string): Promise<string> {
  return normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' '));
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-map-web');
  app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: new SqliteWorkshopStore(':memory:') });
  const geometry = (await (await app.request('/api/municipalities')).json()) as MunicipalityCollection;
  interior = new Map(geometry.features.map((f) => [f.properties.code, f.properties.interiorPoint]));
  allCodes = [...interior.keys()].sort();
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  ({ context, offsite } = await isolatedContext(launched.browser, origin));
  page = await context.newPage();
});

afterAll(async () => {
  await launched?.close();
  server?.close();
});

describe('planner map in headless Chromium', () => {
  it('loads with no request leaving this server and draws all 290 municipalities in colour', async () => {
    const key = await openPlanner(page, origin);
    expect(key).toMatch(/^open_unemployment_18_65:\d{4}:quantile$/);
    expect(allCodes).toHaveLength(290);
    const drawn = await page.evaluate(() => window.__atlas!.renderedMunicipalityCodes());
    expect(drawn).toEqual(allCodes);
    const fills = await fillsOf(page, allCodes);
    expect(fills.filter((f) => f !== null)).toHaveLength(290);
    expect(await text('[data-testid="coverage-note"]')).toContain('290 av 290 kommuner har data');
    expect(offsite.attempted).toEqual([]);
    await waitForOverlays(page);
    // Index mode's robustness worker starts with its first run, not with the planner, so it never competes with
    // MapLibre's worker (the only one here) for the first map.
    const workers = page.workers().map((worker) => worker.url());
    expect(workers.filter((url) => !url.includes('maplibre-gl-worker'))).toEqual([]);
    expect(workers).toHaveLength(1);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-1280x720.png') });
  });

  it('re-colours when the indicator changes, keeping the same geometry', async () => {
    const before = await fillsOf(page, allCodes);
    const entriesBefore = await colouringEntries(page);
    await pickIndicator(page, 'population_total');
    const key = await waitForMap(page, 'population_total:2024:quantile');
    expect(key).toBe('population_total:2024:quantile');
    // One User Timing measure for the switch, from the colouring handed to the map until it is drawn.
    await expect
      .poll(async () => (await colouringEntries(page)).slice(entriesBefore.length))
      .toEqual([['atlas:colours-drawn', 'population_total:2024:quantile']]);
    const after = await fillsOf(page, allCodes);
    const changed = after.filter((fill, i) => fill !== before[i]).length;
    expect(changed).toBeGreaterThan(100);
    expect(queryOf(page).get('indicator')).toBe('population_total');
    expect(await text('[data-testid="legend"]')).toContain('58 kommuner');
  });

  it('opens the picker without scrolling it, and scrolls only when a keyboard move leaves the view', async () => {
    await page.evaluate(() => {
      const counted = window as unknown as { scrolls: number };
      counted.scrolls = 0;
      const original = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (this: Element, arg?: boolean | ScrollIntoViewOptions) {
        counted.scrolls++;
        original.call(this, arg);
      };
    });
    const scrolls = () => page.evaluate(() => (window as unknown as { scrolls: number }).scrolls);
    const input = page.getByTestId('indicator-input');
    await input.click();
    await page.locator('[data-testid="indicator-listbox"] [role="option"]').nth(40).waitFor();
    await input.press('ArrowDown');
    expect(await scrolls()).toBe(0);
    for (let i = 0; i < 4; i++) await input.press('PageDown');
    expect(await scrolls()).toBeGreaterThan(0);
    const inView = await page.evaluate(() => {
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
    const years = await page.evaluate(() =>
      Number(document.querySelector('[data-testid="year-slider"]')!.getAttribute('max')),
    );
    expect(years).toBeGreaterThan(4);
    const before = await page.evaluate(() => ({
      length: history.length,
      year: new URLSearchParams(location.search).get('year'),
    }));
    const entriesBefore = await colouringEntries(page);
    const step = (position: number) => stepSlider(page, position);
    await pointerOnSlider(page, 'pointerdown');
    await step(0);
    const firstYear = await page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
    for (const position of [1, 2, 3]) {
      await step(position);
      const shown = await page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
      await waitForMap(page, `population_total:${shown}:quantile`);
      // Shown and drawn, but the URL still holds the drag's first step.
      expect(queryOf(page).get('year')).toBe(firstYear);
    }
    const lastYear = await page.getAttribute('[data-testid="year-slider"]', 'aria-valuetext');
    const duringDrag = await colouringEntries(page);
    await pointerOnSlider(page, 'pointerup');
    // The frames under the pointer wrote no entry; letting go writes one measure for the whole drag.
    // (At most the first step's, a choice before the pointer moved.)
    const perStep = duringDrag.slice(entriesBefore.length).filter(([name]) => name === 'atlas:colours-drawn');
    expect(perStep.length).toBeLessThanOrEqual(1);
    await expect
      .poll(async () => (await colouringEntries(page)).slice(duringDrag.length))
      .toEqual([['atlas:drag-drawn', `population_total:${lastYear}:quantile`]]);
    await page.waitForFunction((year) => new URLSearchParams(location.search).get('year') === year, lastYear);
    expect(await page.evaluate(() => history.length)).toBe(before.length + 1);
    expect(lastYear).not.toBe(before.year);
    await page.goBack();
    await page.waitForFunction(
      (year) => new URLSearchParams(location.search).get('year') === year,
      before.year,
    );
  });

  it('during a drag only the map follows: legend and table name the year they show, and follow on release', async () => {
    await openPlanner(page, origin, '?indicator=population_total&table=1');
    await waitForTable(page, 'population_total');
    const shows = () => page.locator('section.ranking').getAttribute('data-shows');
    await pointerOnSlider(page, 'pointerdown');
    // The first step is a choice (a click on the track looks the same): the table follows it.
    const choice = await stepSlider(page, 0);
    await waitForTable(page, 'population_total', { year: Number(choice) });
    for (const position of [1, 2, 3]) await stepSlider(page, position);
    const held = (await stepSlider(page, 4))!;
    await waitForMap(page, `population_total:${held}:quantile`);
    // The map shows the year under the pointer; the table and legend still the choice's, and say so.
    expect(await shows()).toBe(`population_total:${choice}:total`);
    expect(await text('.legend__unit')).toContain(choice!);
    const notes = page.locator('[data-testid="follows-on-release"]');
    expect(await notes.allInnerTexts()).toEqual([
      sv.followsOnRelease.replace('{year}', choice!),
      sv.followsOnRelease.replace('{year}', choice!),
    ]);
    expect(await text('.year-output')).toBe(held);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-year-drag-1280x720.png') });
    await pointerOnSlider(page, 'pointerup');
    // Let go: table, legend and URL show the year the map shows, and nothing says it follows any more.
    await waitForTable(page, 'population_total', { year: Number(held) });
    expect(await page.getAttribute('.atlas-map', 'data-fill-key')).toBe(`population_total:${held}:quantile`);
    expect(await text('.legend__unit')).toContain(held);
    expect(queryOf(page).get('year')).toBe(held);
    expect(await notes.count()).toBe(0);
  });

  it('shows name, value with unit and year, and rank on hover', async () => {
    // Firm sites without coordinates sit on the interior point: switch them off to hover the municipality itself.
    await openPlanner(page, origin, '?indicator=population_total&layers=counties,flows');
    const point = await screenPointOf(page, interior.get(GNOSJO)!);
    await page.mouse.move(point.x, point.y);
    await page.waitForSelector('.tooltip');
    const tooltip = await text('.tooltip');
    expect(tooltip).toContain('Gnosjö');
    expect(tooltip).toContain('9 131 personer');
    expect(tooltip).toContain('2024');
    expect(tooltip).toMatch(/Rang \d+ av 290/);
  });

  it('outlines a municipality while the pointer is over it, and nothing once it leaves', async () => {
    await page.mouse.move(2, 2);
    const lulea = await screenPointOf(page, interior.get(LULEA)!);
    await expect.poll(() => blackPixelsNear(page, lulea), { timeout: 10_000 }).toBe(0);
    await page.mouse.move(lulea.x, lulea.y);
    await expect.poll(() => blackPixelsNear(page, lulea), { timeout: 10_000 }).toBeGreaterThan(20);
    await page.mouse.move(2, 2);
    await expect.poll(() => blackPixelsNear(page, lulea), { timeout: 10_000 }).toBe(0);
  });

  it('selects a municipality on click and opens its summary', async () => {
    const gnosjo = await screenPointOf(page, interior.get(GNOSJO)!);
    expect(await blackPixelsNear(page, gnosjo)).toBe(0);
    await clickLonLat(page, interior.get(GNOSJO)!);
    // The selection outline (black, on a white halo) is drawn around Gnosjö.
    await page.mouse.move(2, 2);
    await expect.poll(() => blackPixelsNear(page, gnosjo), { timeout: 10_000 }).toBeGreaterThan(40);
    await page.waitForSelector('[data-testid="summary-panel"]');
    expect(queryOf(page).get('sel')).toBe(GNOSJO);
    expect(await text('#summary-title')).toBe('Gnosjö');
    expect(await text('[data-testid="summary-panel"]')).toContain('9 131 personer');
    await page.waitForSelector('[data-testid="no-flow-data"]');
    expect(await text('.map-notice')).toContain('Gnosjö');
    const selected = await page.evaluate((code) => window.__atlas!.featureState(code)['selected'], GNOSJO);
    expect(selected).toBe(true);
    // The locality page opens with the indicator on the map brought to the top.
    expect(await page.locator('a.summary__link').getAttribute('href')).toBe(
      '/kommun/0617?indicator=population_total',
    );
  });

  it('draws commuting flows in and out for a Norrbotten municipality', async () => {
    await page.goto(`${origin}/?sel=${LULEA}&view=21.5,66.2,5.5`);
    await waitForMap(page);
    await page.waitForSelector('.flows-summary');
    await page.waitForFunction(() => window.__atlas!.renderedFlowDirections().length === 2);
    expect(await page.evaluate(() => window.__atlas!.renderedFlowDirections())).toEqual(['in', 'out']);
    expect(await text('.flows-summary')).toContain('Boden');
    await waitForOverlays(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-flows-lulea-1280x720.png') });
  });

  it('lists the firm-type filters under "Metal firms", not under the last layer', async () => {
    await openPlanner(page, origin, '?indicator=population_total&layers=firms,flows');
    const owner = await page.evaluate(
      () => document.querySelector('[data-testid="nace-filters"]')?.previousElementSibling?.textContent ?? '',
    );
    expect(owner.trim()).toBe(sv.layer_firms);
  });

  it('opens a firm popup with company, site, activity, employees and source', async () => {
    const firms = (await (await app.request('/api/firms')).json()) as FirmsResponse;
    const site = firms.features.find(
      (f) => f.properties.location === 'exact' && f.properties.employees !== null,
    );
    expect(site).toBeDefined();
    const [lon, lat] = site!.geometry.coordinates;
    await openPlanner(page, origin, `?layers=firms&view=${lon.toFixed(4)},${lat.toFixed(4)},10.00`);
    // Firm sites are added after the first coloured map: wait until they are drawn before clicking one.
    await page.waitForFunction(() => window.__atlas!.renderedCount('firms-point') > 0, null, {
      timeout: 30_000,
    });
    await clickLonLat(page, [lon, lat]);
    await page.waitForSelector('.firm-card');
    const card = await text('.firm-card');
    expect(card).toContain(site!.properties.company);
    expect(card).toContain(site!.properties.employees!);
    expect(card).toContain(site!.properties.source);
    expect(card).toContain('Angivet läge');
    await waitForOverlays(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-firm-popup-1280x720.png') });
  });

  it('keeps the ranking table and the map selection in sync', async () => {
    await openPlanner(page, origin, `?sel=${GNOSJO}&table=1`);
    const row = page.locator(`tr[data-code="${GNOSJO}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await row.focus();
    // The "add to workshop" panel loads after the first map; its arrival must leave the focused row alone.
    await page.waitForSelector('details.add-to-workshop');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['code'])).toBe(GNOSJO);
    await page.keyboard.press('ArrowDown');
    const next = await page.evaluate(() => (document.activeElement as HTMLElement).dataset['code']);
    expect(next).toMatch(/^\d{4}$/);
    await page.keyboard.press('Enter');
    await expect.poll(() => queryOf(page).get('sel')).toBe(next);
    await expect
      .poll(() => page.evaluate((code) => window.__atlas!.featureState(code!)['selected'], next))
      .toBe(true);
    expect(await page.evaluate((code) => window.__atlas!.featureState(code)['selected'], GNOSJO)).toBe(false);

    await clickLonLat(page, interior.get(LULEA)!);
    await expect
      .poll(() => page.locator(`tr[data-code="${LULEA}"]`).getAttribute('aria-selected'))
      .toBe('true');

    const valueHeader = page.locator('th', { hasText: 'Värde' });
    await valueHeader.locator('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    const csv = await page.locator('a', { hasText: 'Ladda ner CSV' }).getAttribute('href');
    expect(csv).toMatch(/\/api\/indicators\/open_unemployment_18_65\/values\?year=\d{4}&format=csv$/);
  });

  it('restores the whole view from a shared link', async () => {
    const shared =
      '?indicator=population_total&year=2015&class=ckmeans&sel=0617&layers=firms&view=14.2000,57.4000,7.00';
    await openPlanner(page, origin, shared);
    expect(await page.evaluate(() => window.__atlas!.fillKey)).toBe('population_total:2015:ckmeans');
    const camera = await page.evaluate(() => window.__atlas!.camera());
    expect(camera.lon).toBeCloseTo(14.2, 3);
    expect(camera.lat).toBeCloseTo(57.4, 3);
    expect(camera.zoom).toBeCloseTo(7, 2);
    expect(await text('#summary-title')).toBe('Gnosjö');
    expect(await pickerValue(page)).toBe('population_total');
    expect(await page.locator('label', { hasText: 'Länsgränser' }).locator('input').isChecked()).toBe(false);
    expect(await page.locator('label', { hasText: 'Pendlingsflöden' }).locator('input').isChecked()).toBe(
      false,
    );
    await waitForOverlays(page);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'map-shared-link-1280x720.png') });
    // A reload is the real round trip: the URL the page wrote must reproduce it again.
    const written = page.url();
    await page.reload();
    await waitForMap(page, 'population_total:2015:ckmeans');
    expect(page.url()).toBe(written);
  });

  it('switches between Swedish and English', async () => {
    await openPlanner(page, origin, `?sel=${GNOSJO}&indicator=population_total&year=2024`);
    expect(await page.getAttribute('html', 'lang')).toBe('sv');
    await page.click('[data-testid="language-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(queryOf(page).get('lang')).toBe('en');
    expect(await text('[data-testid="coverage-note"]')).toContain('290 of 290 municipalities have data');
    expect(await text('[data-testid="summary-panel"]')).toContain('9,131 persons');
    await page.click('[data-testid="language-switch"]');
    await page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(await text('[data-testid="summary-panel"]')).toContain('9 131 personer');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const query of [`?sel=${GNOSJO}`, `?sel=${GNOSJO}&table=1&lang=en`]) {
      await openPlanner(page, origin, query);
      const result = await new AxeBuilder({ page }).analyze();
      const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  it('fits a 390 px wide phone screen without horizontal scrolling', async () => {
    const phone = await isolatedContext(launched.browser, origin, { width: 390, height: 844 });
    const small = await phone.context.newPage();
    await small.goto(`${origin}/?sel=${GNOSJO}`);
    await waitForMap(small);
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await waitForOverlays(small);
    await small.screenshot({ path: path.join(SCREENSHOTS, 'map-390x844.png') });
    await small.screenshot({ path: path.join(SCREENSHOTS, 'map-390x844-full.png'), fullPage: true });
    expect(phone.offsite.attempted).toEqual([]);
    await phone.context.close();
    expect(offsite.attempted).toEqual([]);
  });
});
