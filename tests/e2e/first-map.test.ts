import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext, waitForMap } from './support/browser';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';

/**
 * The planner's first coloured map is drawn before React loads (web/first-map), and React takes that map over
 * (issue 17). These tests hold the production path to it: what scripts it asks for before the map is drawn, and
 * that the map on screen afterwards is the same one, where it was, coloured as it was, from the same answers.
 */
let atlas: AtlasServer;

/** What the page looked like the moment its first coloured map was marked (an init script, before any build code). */
const AT_FIRST_MAP = `
  window.__name = (fn) => fn;
  new PerformanceObserver((list, observer) => {
    if (!list.getEntriesByName('atlas:first-coloured-map').length) return;
    observer.disconnect();
    const canvas = document.querySelector('canvas.maplibregl-canvas');
    if (canvas) canvas.dataset.firstMap = 'yes';
    const box = canvas ? canvas.getBoundingClientRect() : null;
    window.__atFirstMap = {
      canvases: document.querySelectorAll('canvas').length,
      rect: box && { x: box.x, y: box.y, width: box.width, height: box.height },
      camera: window.__atlas ? window.__atlas.camera() : null,
      react: document.querySelector('.app-header__title') !== null,
      coverage: document.querySelector('.coverage')?.textContent ?? '',
    };
  }).observe({ type: 'mark', buffered: true });
`;

interface AtFirstMap {
  canvases: number;
  rect: { x: number; y: number; width: number; height: number } | null;
  camera: { lon: number; lat: number; zoom: number } | null;
  react: boolean;
  coverage: string;
}

interface Loaded {
  page: Page;
  /** Every script the page fetched, with whether it was asked for before the first coloured map. */
  scripts: { url: string; text: string; beforeMap: boolean }[];
  /** Paths (with query) of the API requests the page made. */
  api: string[];
}

async function load(query: string): Promise<Loaded> {
  const { context } = await isolatedContext(atlas.launched.browser, atlas.origin);
  await context.addInitScript(AT_FIRST_MAP);
  const page = await context.newPage();
  const bodies: Promise<{ url: string; text: string }>[] = [];
  const api: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) api.push(url.pathname + url.search);
  });
  page.on('response', (response) => {
    if (/\.m?js(\?|$)/.test(response.url()))
      bodies.push(response.text().then((text) => ({ url: response.url(), text })));
  });
  await page.goto(`${atlas.origin}/${query}`);
  await waitForMap(page);
  await page.locator('[data-testid="legend"]').waitFor();
  const requested = await page.evaluate(() => {
    const mark = performance.getEntriesByName('atlas:first-coloured-map')[0]!;
    return performance
      .getEntriesByType('resource')
      .filter((entry) => entry.startTime <= mark.startTime)
      .map((entry) => entry.name);
  });
  const scripts = (await Promise.all(bodies)).map((s) => ({ ...s, beforeMap: requested.includes(s.url) }));
  return { page, scripts, api };
}

// Strings only these libraries' builds hold (checked against the bundle: React DOM names its root container
// property, zod its error class, TanStack Query its cache's missing-key message).
const REACT_DOM = '__reactContainer$';
const ZOD = 'ZodError';
const TANSTACK = 'Missing queryFn';

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-first-map-web');
});
afterAll(async () => atlas?.close());

describe('the first coloured map, before React', () => {
  let loaded: Loaded;
  beforeAll(async () => {
    // The default view: its coverage line (with the indicator's caveat) runs to several lines at 1280 px, and is
    // drawn before React too, so Sweden is fitted once.
    loaded = await load('');
  });

  it('asks for no React, zod or TanStack Query script before the map is coloured, and for React after it', () => {
    const before = loaded.scripts.filter((s) => s.beforeMap);
    expect(before.length).toBeGreaterThan(0);
    for (const marker of [REACT_DOM, ZOD, TANSTACK]) {
      expect(before.filter((s) => s.text.includes(marker)).map((s) => s.url)).toEqual([]);
    }
    // The markers are real: the page loads those libraries, after the map.
    const after = loaded.scripts.filter((s) => !s.beforeMap);
    for (const marker of [REACT_DOM, ZOD, TANSTACK]) {
      expect(after.some((s) => s.text.includes(marker))).toBe(true);
    }
  });

  it('is taken over by React as it is: the same canvas, place, camera and colours, from the same answers', async () => {
    const { page, api } = loaded;
    const at = await page.evaluate(() => (window as unknown as { __atFirstMap: AtFirstMap }).__atFirstMap);
    expect(at.react).toBe(false);
    expect(at.canvases).toBe(1);
    const now = await page.evaluate(() => {
      const canvases = [...document.querySelectorAll('canvas')];
      const box = canvases[0]!.getBoundingClientRect();
      return {
        canvases: canvases.length,
        same: canvases[0]!.dataset['firstMap'] === 'yes',
        inReact: canvases[0]!.closest('.atlas-map__canvas[role="region"]') !== null,
        rect: { x: box.x, y: box.y, width: box.width, height: box.height },
        camera: window.__atlas!.camera(),
      };
    });
    expect(now).toMatchObject({ canvases: 1, same: true, inReact: true, rect: at.rect });
    // The coverage line was under the first map already, word for word as React writes it.
    expect(at.coverage).toContain('290 av 290 kommuner har data');
    expect(await page.locator('[data-testid="coverage-note"]').textContent()).toBe(at.coverage);
    expect(now.camera.lon).toBeCloseTo(at.camera!.lon, 6);
    expect(now.camera.lat).toBeCloseTo(at.camera!.lat, 6);
    expect(now.camera.zoom).toBeCloseTo(at.camera!.zoom, 6);
    // React drew nothing again: one colouring measure, the first map's, and the page names what it shows.
    const measures = await page.evaluate(() =>
      performance
        .getEntriesByName('atlas:colours-drawn')
        .map((e) => String((e as PerformanceMeasure).detail)),
    );
    expect(measures).toEqual([expect.stringMatching(/^open_unemployment_18_65:\d{4}:quantile$/)]);
    expect(await page.locator('.atlas-map').getAttribute('data-fill-key')).toBe(measures[0]);
    await expect.poll(() => page.locator('[data-testid="legend"]').innerText()).toContain('kommuner');
    // One request per answer: React's cache started from the first map's catalogue and values.
    const count = (wanted: (path: string) => boolean) => api.filter(wanted).length;
    expect(count((p) => p === '/api/indicators')).toBe(1);
    expect(count((p) => p.startsWith('/api/indicators/open_unemployment_18_65/values'))).toBe(1);
    // The geometry: the map's source once; after the first map the flags' copy and the panel's attributes.
    expect(count((p) => p === '/api/municipalities')).toBe(3);
    await page.context().close();
  });
});
