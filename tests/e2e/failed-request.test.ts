import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { fillsOf, openPlanner } from './support/map-page';
import { pickIndicator } from './support/indicator-picker';

let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  const webDir = await buildWeb('e2e-failed-request-web');
  const app = createApp({
    buildDir: TEST_BUILD_DIR,
    webDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  const { context } = await isolatedContext(launched.browser, origin);
  page = await context.newPage();
});

afterAll(async () => {
  await launched?.close();
  server?.close();
});

describe('defect 1: a failed values request in the planner', () => {
  it('shows an error and no stale map, legend or table under the new indicator title', async () => {
    await openPlanner(page, origin, '?table=1');
    const before = await fillsOf(page, ['0617', '2580']);
    expect(before.every((fill) => fill !== null)).toBe(true);
    const oldTitle = await page.locator('.legend__indicator').innerText();

    // The server breaks for this one indicator, as an overflowing median once made it do.
    await page.route('**/api/indicators/median_household_disposable_income/values**', (route) =>
      route.fulfill({
        status: 500,
        contentType: 'application/json',
        body: JSON.stringify({ error: { code: 'internal', message: 'internal server error', field: null } }),
      }),
    );
    await pickIndicator(page, 'median_household_disposable_income');

    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 15_000 });
    expect(await alert.innerText()).toContain('Kunde inte hämta data');
    // Nothing of the previous indicator stays on screen as if it were the new one.
    expect(await page.locator('.legend').count()).toBe(0);
    expect(await page.locator('[data-testid="ranking-table"]').count()).toBe(0);
    await page.waitForFunction(() => window.__atlas?.fillOf('0617') === null, null, { timeout: 5_000 });
    expect(await fillsOf(page, ['0617', '2580'])).toEqual([null, null]);
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'screenshots', 'planner-values-failed.png') });
    // The old title is nowhere on screen: not on the map, not in a panel. The closed picker keeps its list, hidden
    // (PickerListbox), so only what is rendered counts.
    const showing = await page.evaluate((title) => {
      const places: string[] = [];
      for (const element of document.querySelectorAll('body *')) {
        const own = [...element.childNodes]
          .filter((n) => n.nodeType === Node.TEXT_NODE)
          .map((n) => n.textContent);
        const label = element.getAttribute('aria-label') ?? '';
        if ((own.join('').includes(title) || label.includes(title)) && element.checkVisibility())
          places.push(element.outerHTML.slice(0, 120));
      }
      return places;
    }, oldTitle);
    expect(showing).toEqual([]);

    // When the server answers again, choosing another indicator draws it as usual.
    await page.unroute('**/api/indicators/median_household_disposable_income/values**');
    await pickIndicator(page, 'open_unemployment_18_65');
    await page.waitForFunction(() => window.__atlas?.fillOf('0617') !== null, null, { timeout: 30_000 });
    // The map is coloured first and the page follows in the frames after (use-indicator-choice): the alert goes
    // and the legend comes back then, not in the same instant.
    await expect.poll(() => page.getByRole('alert').count(), { timeout: 10_000 }).toBe(0);
    await page.locator('.legend__indicator').waitFor({ timeout: 10_000 });
  });

  it('while a new indicator loads, the legend and the map label name what the map shows, and a status says what loads', async () => {
    await openPlanner(page, origin, '');
    const oldKey = await page.locator('.atlas-map').getAttribute('data-fill-key');
    const oldTitle = await page.locator('.legend__indicator').innerText();
    const next = 'smahus_kt_ratio';
    const newTitle = await page.evaluate(async (id) => {
      const body = (await (await fetch('/api/indicators')).json()) as {
        indicators: { id: string; title: { sv: string } }[];
      };
      return body.indicators.find((i) => i.id === id)?.title.sv ?? id;
    }, next);
    // A slow values answer for the new indicator: 3 s in which the previous colours are still on the map.
    await page.route(`**/api/indicators/${next}/values**`, async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await route.continue();
    });
    // Every frame: which colouring the map reports drawn, and what the legend, the map label and the status say.
    await page.evaluate(() => {
      const frames: { key: string; legend: string; label: string; status: string }[] = [];
      (window as unknown as { __frames: typeof frames }).__frames = frames;
      const sample = () => {
        frames.push({
          key: document.querySelector('.atlas-map')?.getAttribute('data-fill-key') ?? '',
          legend: document.querySelector('.legend__indicator')?.textContent ?? '',
          label: document.querySelector('.atlas-map__canvas')?.getAttribute('aria-label') ?? '',
          status: document.querySelector('[data-testid="indicator-loading"]')?.textContent ?? '',
        });
        if (frames.length < 2000) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
    });
    await pickIndicator(page, next);
    await page.waitForFunction((id) => window.__atlas?.fillKey?.startsWith(`${id}:`), next, {
      timeout: 30_000,
    });
    await page.waitForTimeout(300);
    const frames = await page.evaluate(() => {
      const all = (
        window as unknown as { __frames: { key: string; legend: string; label: string; status: string }[] }
      ).__frames;
      const copy = [...all];
      all.length = 2000; // stops the sampler
      return copy;
    });
    await page.unroute(`**/api/indicators/${next}/values**`);

    const whileOld = frames.filter((f) => f.key === oldKey);
    const whileNew = frames.filter((f) => f.key.startsWith(`${next}:`));
    expect(whileOld.length).toBeGreaterThan(1);
    expect(whileNew.length).toBeGreaterThan(0);
    // No frame names the new indicator over the previous colours, or the previous one over the new colours.
    for (const frame of whileOld) {
      expect(frame.legend).toBe(oldTitle);
      expect(frame.label).toContain(oldTitle);
      expect(frame.label).not.toContain(newTitle);
    }
    for (const frame of whileNew) {
      expect(frame.legend).toBe(newTitle);
      expect(frame.label).toContain(newTitle);
    }
    // While it loads, a status line names what is coming; it is gone once the new colours are drawn.
    expect(whileOld.some((f) => f.status.includes(newTitle))).toBe(true);
    expect(whileNew.at(-1)!.status).toBe('');
  });
});
