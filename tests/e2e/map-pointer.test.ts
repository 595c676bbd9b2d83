import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FirmsResponse } from '../../data/contract/api';
import { sv } from '../../web/i18n/sv';
import { ARTIFACTS_DIR } from '../support/paths';
import { waitForMap } from './support/browser';
import {
  blackPixelsNear,
  clickLonLat,
  openPlanner,
  queryOf,
  screenPointOf,
  waitForOverlays,
} from './support/map-page';
import { GNOSJO, LULEA, plannerSessionForFile } from './support/planner-session';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');

/** What the pointer and keyboard do on the planner map: hover, outline, selection, flows, firm popups, table. */
const planner = plannerSessionForFile('e2e-map-pointer-web');

describe('planner map: hover, selection, flows, firm sites and the table', () => {
  it('shows name, value with unit and year, and rank on hover', async () => {
    // Firm sites without coordinates sit on the interior point: switch them off to hover the municipality itself.
    await openPlanner(planner.page, planner.origin, '?indicator=population_total&layers=counties,flows');
    const point = await screenPointOf(planner.page, planner.interior.get(GNOSJO)!);
    await planner.page.mouse.move(point.x, point.y);
    await planner.page.waitForSelector('.tooltip');
    const tooltip = await planner.text('.tooltip');
    expect(tooltip).toContain('Gnosjö');
    expect(tooltip).toContain('9 131 personer');
    expect(tooltip).toContain('2024');
    expect(tooltip).toMatch(/Rang \d+ av 290/);
  });

  it('outlines a municipality while the pointer is over it, and nothing once it leaves', async () => {
    await planner.page.mouse.move(2, 2);
    const lulea = await screenPointOf(planner.page, planner.interior.get(LULEA)!);
    await expect.poll(() => blackPixelsNear(planner.page, lulea), { timeout: 10_000 }).toBe(0);
    await planner.page.mouse.move(lulea.x, lulea.y);
    await expect.poll(() => blackPixelsNear(planner.page, lulea), { timeout: 10_000 }).toBeGreaterThan(20);
    await planner.page.mouse.move(2, 2);
    await expect.poll(() => blackPixelsNear(planner.page, lulea), { timeout: 10_000 }).toBe(0);
  });

  it('selects a municipality on click and opens its summary', async () => {
    const gnosjo = await screenPointOf(planner.page, planner.interior.get(GNOSJO)!);
    expect(await blackPixelsNear(planner.page, gnosjo)).toBe(0);
    await clickLonLat(planner.page, planner.interior.get(GNOSJO)!);
    // The selection outline (black, on a white halo) is drawn around Gnosjö.
    await planner.page.mouse.move(2, 2);
    await expect.poll(() => blackPixelsNear(planner.page, gnosjo), { timeout: 10_000 }).toBeGreaterThan(40);
    await planner.page.waitForSelector('[data-testid="summary-panel"]');
    expect(queryOf(planner.page).get('sel')).toBe(GNOSJO);
    expect(await planner.text('#summary-title')).toBe('Gnosjö');
    expect(await planner.text('[data-testid="summary-panel"]')).toContain('9 131 personer');
    await planner.page.waitForSelector('[data-testid="no-flow-data"]');
    expect(await planner.text('.map-notice')).toContain('Gnosjö');
    const selected = await planner.page.evaluate(
      (code) => window.__atlas!.featureState(code)['selected'],
      GNOSJO,
    );
    expect(selected).toBe(true);
    // The locality page opens with the indicator on the map brought to the top.
    expect(await planner.page.locator('a.summary__link').getAttribute('href')).toBe(
      '/kommun/0617?indicator=population_total',
    );
  });

  it('draws commuting flows in and out for a Norrbotten municipality', async () => {
    await planner.page.goto(`${planner.origin}/?sel=${LULEA}&view=21.5,66.2,5.5`);
    await waitForMap(planner.page);
    await planner.page.waitForSelector('.flows-summary');
    await planner.page.waitForFunction(() => window.__atlas!.renderedFlowDirections().length === 2);
    expect(await planner.page.evaluate(() => window.__atlas!.renderedFlowDirections())).toEqual([
      'in',
      'out',
    ]);
    expect(await planner.text('.flows-summary')).toContain('Boden');
    await waitForOverlays(planner.page);
    await planner.page.screenshot({ path: path.join(SCREENSHOTS, 'map-flows-lulea-1280x720.png') });
  });

  it('lists the firm-type filters under "Metal firms", not under the last layer', async () => {
    await openPlanner(planner.page, planner.origin, '?indicator=population_total&layers=firms,flows');
    const owner = await planner.page.evaluate(
      () => document.querySelector('[data-testid="nace-filters"]')?.previousElementSibling?.textContent ?? '',
    );
    expect(owner.trim()).toBe(sv.layer_firms);
  });

  it('opens a firm popup with company, site, activity, employees and source', async () => {
    const firms = (await (await planner.atlas.app.request('/api/firms')).json()) as FirmsResponse;
    const site = firms.features.find(
      (f) => f.properties.location === 'exact' && f.properties.employees !== null,
    );
    expect(site).toBeDefined();
    const [lon, lat] = site!.geometry.coordinates;
    await openPlanner(
      planner.page,
      planner.origin,
      `?layers=firms&view=${lon.toFixed(4)},${lat.toFixed(4)},10.00`,
    );
    // Firm sites are added after the first coloured map: wait until they are drawn before clicking one.
    await planner.page.waitForFunction(() => window.__atlas!.renderedCount('firms-point') > 0, null, {
      timeout: 30_000,
    });
    await clickLonLat(planner.page, [lon, lat]);
    await planner.page.waitForSelector('.firm-card');
    const card = await planner.text('.firm-card');
    expect(card).toContain(site!.properties.company);
    expect(card).toContain(site!.properties.employees!);
    expect(card).toContain(site!.properties.source);
    expect(card).toContain('Angivet läge');
    await waitForOverlays(planner.page);
    await planner.page.screenshot({ path: path.join(SCREENSHOTS, 'map-firm-popup-1280x720.png') });
  });

  it('keeps the ranking table and the map selection in sync', async () => {
    await openPlanner(planner.page, planner.origin, `?sel=${GNOSJO}&table=1`);
    const row = planner.page.locator(`tr[data-code="${GNOSJO}"]`);
    await expect.poll(() => row.getAttribute('aria-selected')).toBe('true');
    await row.focus();
    // The "add to workshop" panel loads after the first map; its arrival must leave the focused row alone.
    await planner.page.waitForSelector('details.add-to-workshop');
    expect(await planner.page.evaluate(() => (document.activeElement as HTMLElement).dataset['code'])).toBe(
      GNOSJO,
    );
    await planner.page.keyboard.press('ArrowDown');
    const next = await planner.page.evaluate(() => (document.activeElement as HTMLElement).dataset['code']);
    expect(next).toMatch(/^\d{4}$/);
    await planner.page.keyboard.press('Enter');
    await expect.poll(() => queryOf(planner.page).get('sel')).toBe(next);
    await expect
      .poll(() => planner.page.evaluate((code) => window.__atlas!.featureState(code!)['selected'], next))
      .toBe(true);
    expect(
      await planner.page.evaluate((code) => window.__atlas!.featureState(code)['selected'], GNOSJO),
    ).toBe(false);

    await clickLonLat(planner.page, planner.interior.get(LULEA)!);
    await expect
      .poll(() => planner.page.locator(`tr[data-code="${LULEA}"]`).getAttribute('aria-selected'))
      .toBe('true');

    const valueHeader = planner.page.locator('th', { hasText: 'Värde' });
    await valueHeader.locator('button').click();
    expect(await valueHeader.getAttribute('aria-sort')).toBe('descending');
    const csv = await planner.page.locator('a', { hasText: 'Ladda ner CSV' }).getAttribute('href');
    expect(csv).toMatch(/\/api\/indicators\/open_unemployment_18_65\/values\?year=\d{4}&format=csv$/);
  });
});
