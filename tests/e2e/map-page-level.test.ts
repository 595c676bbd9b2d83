import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR } from '../support/paths';
import { isolatedContext, waitForMap } from './support/browser';
import { pickerValue } from './support/indicator-picker';
import { openPlanner, queryOf, waitForOverlays } from './support/map-page';
import { GNOSJO, plannerSessionForFile } from './support/planner-session';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');

/** The planner page as a whole: a shared link's round trip, the language switch, axe-core and a phone screen. */
const planner = plannerSessionForFile('e2e-map-page-level-web');

describe('planner page: shared link, language, accessibility and phone width', () => {
  it('restores the whole view from a shared link', async () => {
    const shared =
      '?indicator=population_total&year=2015&class=ckmeans&sel=0617&layers=firms&view=14.2000,57.4000,7.00';
    await openPlanner(planner.page, planner.origin, shared);
    expect(await planner.page.evaluate(() => window.__atlas!.fillKey)).toBe('population_total:2015:ckmeans');
    const camera = await planner.page.evaluate(() => window.__atlas!.camera());
    expect(camera.lon).toBeCloseTo(14.2, 3);
    expect(camera.lat).toBeCloseTo(57.4, 3);
    expect(camera.zoom).toBeCloseTo(7, 2);
    expect(await planner.text('#summary-title')).toBe('Gnosjö');
    expect(await pickerValue(planner.page)).toBe('population_total');
    expect(await planner.page.locator('label', { hasText: 'Länsgränser' }).locator('input').isChecked()).toBe(
      false,
    );
    expect(
      await planner.page.locator('label', { hasText: 'Pendlingsflöden' }).locator('input').isChecked(),
    ).toBe(false);
    await waitForOverlays(planner.page);
    await planner.page.screenshot({ path: path.join(SCREENSHOTS, 'map-shared-link-1280x720.png') });
    // A reload is the real round trip: the URL the page wrote must reproduce it again.
    const written = planner.page.url();
    await planner.page.reload();
    await waitForMap(planner.page, 'population_total:2015:ckmeans');
    expect(planner.page.url()).toBe(written);
  });

  it('switches between Swedish and English', async () => {
    await openPlanner(planner.page, planner.origin, `?sel=${GNOSJO}&indicator=population_total&year=2024`);
    expect(await planner.page.getAttribute('html', 'lang')).toBe('sv');
    await planner.page.click('[data-testid="language-switch"]');
    await planner.page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(queryOf(planner.page).get('lang')).toBe('en');
    expect(await planner.text('[data-testid="coverage-note"]')).toContain(
      '290 of 290 municipalities have data',
    );
    expect(await planner.text('[data-testid="summary-panel"]')).toContain('9,131 persons');
    await planner.page.click('[data-testid="language-switch"]');
    await planner.page.waitForFunction(() => document.documentElement.lang === 'sv');
    expect(await planner.text('[data-testid="summary-panel"]')).toContain('9 131 personer');
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    for (const query of [`?sel=${GNOSJO}`, `?sel=${GNOSJO}&table=1&lang=en`]) {
      await openPlanner(planner.page, planner.origin, query);
      const result = await new AxeBuilder({ page: planner.page }).analyze();
      const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    }
  });

  it('fits a 390 px wide phone screen without horizontal scrolling', async () => {
    const phone = await isolatedContext(planner.atlas.launched.browser, planner.origin, {
      width: 390,
      height: 844,
    });
    const small = await phone.context.newPage();
    await small.goto(`${planner.origin}/?sel=${GNOSJO}`);
    await waitForMap(small);
    const overflow = await small.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await waitForOverlays(small);
    await small.screenshot({ path: path.join(SCREENSHOTS, 'map-390x844.png') });
    await small.screenshot({ path: path.join(SCREENSHOTS, 'map-390x844-full.png'), fullPage: true });
    expect(phone.offsite.attempted).toEqual([]);
    await phone.context.close();
    expect(planner.offsite.attempted).toEqual([]);
  });
});
