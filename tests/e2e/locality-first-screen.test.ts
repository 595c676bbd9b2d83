import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';
import { isolatedContext } from './support/browser';
import { normaliseIntl } from './support/normalise';

/**
 * The locality page's first screen (issue 17) waits for nothing it does not show: before its "first screen
 * complete" mark the page asks only for the header's profile and vintage, what stands out, the first firm site and
 * the reach answer, and loads neither the planner's nor MapLibre's code; the map, the catalogue, the index model
 * and the sections below start after the mark.
 */
let atlas: AtlasServer | undefined;

const MARK = 'atlas:first-screen-complete';

interface Loaded {
  url: string;
  startTime: number;
}

/** A cold load (own context, empty cache) of the page in `lang`: what it fetched, the mark's time, the page. */
async function open(lang: 'sv' | 'en') {
  const { origin, launched } = atlas!;
  const { context } = await isolatedContext(launched.browser, origin, { width: 1400, height: 900 });
  const page = await context.newPage();
  await page.goto(`${origin}/kommun/0617${lang === 'en' ? '?lang=en' : ''}`);
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, MARK, {
    timeout: 90_000,
  });
  // The map comes after the first screen: wait for it, so the list below also holds what loaded after the mark.
  await page.waitForFunction(() => window.__localityMapReady === true, null, { timeout: 90_000 });
  const timing = await page.evaluate((mark) => {
    const at = performance.getEntriesByName(mark)[0]!.startTime;
    const loaded = performance.getEntriesByType('resource').map((entry) => ({
      url: new URL(entry.name).pathname + new URL(entry.name).search,
      startTime: entry.startTime,
    }));
    return { mark: at, loaded: loaded as Loaded[] };
  }, MARK);
  return { ...timing, page, close: () => context.close() };
}

const api = (loaded: Loaded[]) => loaded.filter((r) => r.url.startsWith('/api/')).map((r) => r.url);
const scripts = (loaded: Loaded[]) =>
  loaded.filter((r) => r.url.startsWith('/assets/') && r.url.endsWith('.js')).map((r) => r.url);

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-locality-first-screen-web');
});

afterAll(async () => {
  await atlas?.close();
});

describe('the locality first screen', () => {
  it.each(['sv', 'en'] as const)(
    'asks only for what it shows before its mark, and loads MapLibre after it (%s)',
    async (lang) => {
      const { mark, loaded, page, close } = await open(lang);
      const before = loaded.filter((r) => r.startTime < mark);
      const after = loaded.filter((r) => r.startTime >= mark);
      expect(api(before).sort()).toEqual(
        [
          '/api/firms?municipality=0617',
          '/api/health',
          '/api/municipalities/0617',
          '/api/municipalities/0617/stands-out?group=peers',
          expect.stringMatching(/^\/api\/reach\?site=.+&target=age_20_64&n=5000$/),
        ].sort(),
      );
      // What the first screen does not show comes after it: the catalogue, geometry, the index model, the map.
      expect(api(after)).toEqual(
        expect.arrayContaining([
          expect.stringMatching(/^\/api\/indicators\??$/),
          '/api/municipalities',
          '/api/index/framework',
        ]),
      );
      expect(scripts(before).filter((url) => /maplibre|PlannerPage/i.test(url))).toEqual([]);
      // The names the check above looks for are real: the mini map loads MapLibre's chunk after the mark.
      expect(scripts(after).filter((url) => /\/maplibre-[^/]+\.js$/.test(url))).toHaveLength(1);
      // At the mark the first screen is on the page, in the page's language, with its figures.
      const population = normaliseIntl(await page.locator('[data-testid="header-population"]').innerText());
      expect(population).toMatch(lang === 'en' ? /Population/ : /Befolkning/);
      expect(await page.locator('#stands-out li.stands-out-item').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="reach-answer"]').count()).toBe(1);
      await close();
    },
  );
});
