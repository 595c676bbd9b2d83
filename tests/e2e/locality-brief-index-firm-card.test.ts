import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndexResponse } from '../../data/contract';
import type { FirmsResponse } from '../../data/contract/api';
import { ARTIFACTS_DIR } from '../support/paths';
import { openAtlasPage, type AtlasPage } from './support/atlas-page';
import { otherLanguageHits } from './support/language-check';
import { clickLonLat, openPlanner } from './support/map-page';
import { normaliseIntl } from './support/normalise';

let app: AtlasPage['app'];
let atlas: AtlasPage | undefined;
let origin: string;
let page: Page;

const text = async (selector: string) =>
  normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' '));

beforeAll(async () => {
  atlas = await openAtlasPage('e2e-locality-brief-index-web');
  ({ app, origin, page } = atlas);
});

afterAll(async () => {
  await atlas?.close();
});

describe("the brief's index rank", () => {
  it("prints Gnosjö's rank of n with its 5–95 % interval from the page's own model, as GET /api/index gives it, in both languages", async () => {
    let indexRequests = 0;
    page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/api/index') indexRequests += 1;
    });
    const answer = (await (await app.request('/api/index')).json()) as IndexResponse;
    const row = answer.result.rows.find((r) => r.code === '0617')!;
    const interval = answer.robustness!.intervals['0617']!;
    expect(row.rank).not.toBeNull();
    for (const lang of ['sv', 'en'] as const) {
      await page.goto(`${origin}/kommun/0617${lang === 'en' ? '?lang=en' : ''}`);
      // The page's worker draws the interval after the rank: wait for it, not just for the line.
      await page.waitForFunction(
        () => /5–95 %/.test(document.querySelector('.print-brief [data-brief="index"]')?.textContent ?? ''),
        null,
        { timeout: 90_000 },
      );
      const brief = normaliseIntl(
        (await page.locator('.print-brief [data-brief="index"]').textContent())!.replace(/\s+/g, ' '),
      );
      const of = lang === 'sv' ? 'av' : 'of';
      expect(brief).toContain(`${row.rank} ${of} ${answer.result.n}`);
      expect(brief).toContain(`${interval.p5}–${interval.p95}`);
      expect(brief).toContain(answer.buildId.slice(0, 8));
      expect(brief).toContain(lang === 'sv' ? 'Indexets metod' : "The index's method");
      const hits = await otherLanguageHits(page, lang, { within: '.print-brief [data-brief="index"]' });
      expect(hits).toEqual([]);
    }
    // The figures are the page's own: the browser never asked the server for its 1,000 draws.
    expect(indexRequests).toBe(0);
  });
});

describe('the planner firm card', () => {
  it('shows a site with coordinates in both languages, and a site without them as missing with the way to add them', async () => {
    const firms = (await (await app.request('/api/firms')).json()) as FirmsResponse;
    const exact = firms.features.find((f) => f.properties.location === 'exact')!;
    const approximate = firms.features.find((f) => f.properties.location === 'approximate')!;
    expect(exact).toBeDefined();
    expect(approximate).toBeDefined();
    const openCard = async (site: typeof exact, lang: 'sv' | 'en') => {
      const [lon, lat] = site.geometry.coordinates;
      const query = `?layers=firms&view=${lon.toFixed(4)},${lat.toFixed(4)},11.00${lang === 'en' ? '&lang=en' : ''}`;
      await openPlanner(page, origin, query);
      await page.waitForFunction(() => window.__atlas!.renderedCount('firms-point') > 0, null, {
        timeout: 30_000,
      });
      await clickLonLat(page, [lon, lat]);
      await page.waitForSelector('.firm-card', { timeout: 30_000 });
      return text('.firm-card');
    };
    for (const lang of ['sv', 'en'] as const) {
      const card = await openCard(exact, lang);
      expect(card).toContain(exact.properties.company);
      expect(card).toContain(lang === 'sv' ? 'Angivet läge' : 'Stated position');
      expect(card).toContain(lang === 'sv' ? 'Anställda' : 'Employees');
      expect(await otherLanguageHits(page, lang, { within: '.firm-card' })).toEqual([]);
      if (lang === 'en')
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'planner-firm-card-en.png') });
    }
    for (const lang of ['sv', 'en'] as const) {
      const card = await openCard(approximate, lang);
      expect(card).toContain(lang === 'sv' ? 'Koordinater saknas i källan' : 'The source has no coordinates');
      const link = page.locator('[data-testid="firm-missing-coordinates"] a');
      expect(await link.getAttribute('href')).toBe(lang === 'sv' ? '/import' : '/import?lang=en');
      expect(await otherLanguageHits(page, lang, { within: '.firm-card' })).toEqual([]);
    }
  });
});
