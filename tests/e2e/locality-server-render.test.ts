import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ProfileResponse } from '../../data/contract/api';
import type { ReachResponse } from '../../data/contract/reach';
import type { StandsOutResponse } from '../../data/contract/stands-out';
import { formatNumber } from '../../data/format/format-value';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';
import { isolatedContext } from './support/browser';
import { normaliseIntl } from './support/normalise';

/**
 * The locality page's first screen comes in the server's HTML (docs/locality-server-render.md): with JavaScript
 * off it is all there, every figure with its year and source id, in the page's language; the mark is set by the
 * script right after it; and the app hydrates that markup (same DOM nodes, no mismatch) and goes on from it.
 */
let atlas: AtlasServer | undefined;

const MARK = 'atlas:first-screen-complete';
const HYDRATION_TROUBLE = /hydrat|did not match|didn't match|#418|#423|#425/i;

async function apiJson<T>(path: string): Promise<T> {
  const response = await atlas!.app.request(path);
  expect(response.status, path).toBe(200);
  return (await response.json()) as T;
}

/** The id a source label shows: the table or KPI id, without the table's name. */
const sourceId = (table: string) => table.split(' ')[0]!;

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-locality-server-render-web');
});

afterAll(async () => {
  await atlas?.close();
});

describe('the server-rendered locality page', () => {
  it.each(['sv', 'en'] as const)(
    'holds the first screen with its figures before any script runs (%s)',
    async (lang) => {
      const { origin, launched } = atlas!;
      const query = lang === 'en' ? '?lang=en' : '';
      const html = await (await fetch(`${origin}/kommun/0617${query}`)).text();
      expect(html).toContain(`<html lang="${lang}"`);
      expect(html).toMatch(/<script src="\/first-screen-mark\.js" data-code="0617"><\/script>/);

      const profile = await apiJson<ProfileResponse>('/api/municipalities/0617');
      const standsOut = await apiJson<StandsOutResponse>('/api/municipalities/0617/stands-out?group=peers');
      const population = profile.indicators.find((item) => item.indicator.id === 'population_total')!.latest!;

      const context = await launched.browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${origin}/kommun/0617${query}`);
      const header = normaliseIntl(await page.locator('[data-testid="header-population"]').innerText());
      expect(header).toContain(normaliseIntl(formatNumber(population.value, lang)));
      expect(header).toContain(String(population.year));
      expect(header).toContain(sourceId(population.source.table));
      expect(header).toMatch(lang === 'en' ? /Population/ : /Befolkning/);
      expect(await page.locator('.locality-facts').innerText()).toContain(profile.municipality.countyName);

      const items = [...standsOut.strengths, ...standsOut.weaknesses, ...standsOut.notable];
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) {
        const text = await page.locator(`#stands-out li[data-indicator="${item.indicator.id}"]`).innerText();
        expect(text, item.indicator.id).toContain(String(item.year));
        expect(text, item.indicator.id).toContain(sourceId(item.source.table));
      }

      const reach = await page.locator('[data-testid="reach-answer"]').innerText();
      const served = JSON.parse((await page.locator('#atlas-first-screen').textContent())!) as {
        reach: ReachResponse;
      };
      expect(served.reach.centre.label.length).toBeGreaterThan(0);
      expect(normaliseIntl(reach)).toContain(
        served.reach.reached
          ? normaliseIntl(formatNumber(served.reach.radiusKm, lang, 1))
          : served.reach.message[lang],
      );
      // No script ran (not even the mark's): the first screen above is the server's HTML alone.
      expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, MARK)).toBe(0);
      await context.close();
    },
  );

  it('answers an unknown municipality with a 404 page that says why', async () => {
    const response = await fetch(`${atlas!.origin}/kommun/9999`);
    expect(response.status).toBe(404);
    const html = await response.text();
    expect(html).toContain('Kommunen 9999 finns inte.');
    expect(html).not.toContain('first-screen-mark.js');
  });

  it('hydrates the server markup without a second render, then goes on in the browser', async () => {
    const { origin, launched } = atlas!;
    const { context } = await isolatedContext(launched.browser, origin, { width: 1400, height: 900 });
    const page = await context.newPage();
    const trouble: string[] = [];
    page.on('console', (message) => {
      if (HYDRATION_TROUBLE.test(message.text())) trouble.push(message.text());
    });
    page.on('pageerror', (error) => trouble.push(error.message));
    // Once the HTML is parsed and before any module script runs, tag the server's nodes: hydration keeps them.
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        for (const node of document.querySelectorAll(
          '.locality-header, #stands-out, [data-testid="reach-answer"]',
        )) {
          node.setAttribute('data-from-server', 'true');
        }
      });
    });
    await page.goto(`${origin}/kommun/0617`);
    await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK);
    // What comes after the first screen (the rows' section, the map's chunk) shows the app has taken over.
    await page.locator('#figures').waitFor({ timeout: 90_000 });
    await page.locator('.locality-mini-map canvas').waitFor({ timeout: 90_000 });
    expect(await page.locator('[data-from-server="true"]').count()).toBe(3);
    expect(await page.evaluate((mark) => performance.getEntriesByName(mark).length, MARK)).toBe(1);
    expect(trouble).toEqual([]);
    // Interactive: the language switch re-renders the hydrated page in English.
    await page.locator('[data-testid="language-switch"]').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    expect(await page.locator('[data-testid="header-population"]').innerText()).toMatch(/Population/);
    expect(trouble).toEqual([]);
    await context.close();
  });
});
