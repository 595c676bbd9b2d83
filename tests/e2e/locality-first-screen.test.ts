import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';
import { isolatedContext } from './support/browser';
import { normaliseIntl } from './support/normalise';

/**
 * The locality page's first screen (issue 17) waits for nothing the browser would fetch: the server renders it
 * (docs/locality-server-render.md), so before its "first screen complete" mark the page asks the API for nothing
 * and loads neither the planner's nor MapLibre's code; the map, the index model, geometry and the sections below
 * start after the mark, once the app has hydrated.
 */
let atlas: AtlasServer | undefined;

const MARK = 'atlas:first-screen-complete';
/** What the first screen does not show, asked for after it: the map's code, geometry, the index. */
const AFTER_MARK = [/^\/assets\/maplibre-[^/]+\.js$/, /^\/api\/municipalities$/, /^\/api\/index\/framework$/];

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
  // What comes after the first screen: wait for it (Resource Timing lists a request once answered), so the lists
  // below hold both sides of the mark.
  await page.waitForFunction(
    (patterns) => {
      const names = performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname);
      return patterns.every((pattern) => names.some((name) => new RegExp(pattern).test(name)));
    },
    AFTER_MARK.map((pattern) => pattern.source),
    { timeout: 90_000 },
  );
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
      // The server rendered the first screen from these answers, which the page carries for hydration.
      expect(api(before)).toEqual([]);
      for (const path of ['/api/municipalities/0617', '/api/municipalities/0617/stands-out', '/api/reach']) {
        expect(
          api(loaded).filter((url) => url.split('?')[0] === path),
          path,
        ).toEqual([]);
      }
      // What the first screen does not show comes after it; the names the script check looks for are real.
      for (const pattern of AFTER_MARK) {
        expect(
          after.filter((r) => pattern.test(r.url.split('?')[0]!)).length,
          String(pattern),
        ).toBeGreaterThan(0);
        expect(
          before.filter((r) => pattern.test(r.url.split('?')[0]!)),
          String(pattern),
        ).toEqual([]);
      }
      expect(scripts(before).filter((url) => /maplibre|PlannerPage/i.test(url))).toEqual([]);
      // The first screen in the page's language, with its figures.
      const population = normaliseIntl(await page.locator('[data-testid="header-population"]').innerText());
      expect(population).toMatch(lang === 'en' ? /Population/ : /Befolkning/);
      expect(await page.locator('#stands-out li.stands-out-item').count()).toBeGreaterThan(0);
      expect(await page.locator('[data-testid="reach-answer"]').count()).toBe(1);
      await close();
    },
  );
});

describe('the server render', () => {
  it('leaves no timer behind once its page is sent', async () => {
    const timers = () => process.getActiveResourcesInfo().filter((kind) => kind === 'Timeout').length;
    // Each render its own page (the search is part of the page cache's key); the first loads the render's bundle.
    const render = async (n: number) => {
      const response = await atlas!.app.request(`/kommun/0617?timers=${n}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('atlas-first-screen');
    };
    await render(0);
    const before = timers();
    for (let n = 1; n <= 5; n++) await render(n);
    // A render's query cache held its answers under a 30-minute collection timer per query: memory kept for
    // nothing, and a process that could not exit.
    expect(timers()).toBeLessThanOrEqual(before);
  });
});
