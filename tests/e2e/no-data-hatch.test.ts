import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isolatedContext } from './support/browser';
import { openAtlasServer, type AtlasServer } from './support/atlas-server';
import { pickIndicator } from './support/indicator-picker';
import { openPlanner, waitForOverlays } from './support/map-page';

/**
 * The no-data hatch is drawn only while some municipality lacks data (layer opacity from global state, web/map/global-state.ts): with full
 * coverage a shown hatch layer rasterises the whole country at opacity 0 in every drag frame. Where data is
 * missing it must still show exactly there.
 */
let atlas: AtlasServer;
let page: Page;

beforeAll(async () => {
  atlas = await openAtlasServer('e2e-no-data-hatch-web');
  const { context } = await isolatedContext(atlas.launched.browser, atlas.origin);
  page = await context.newPage();
});
afterAll(async () => atlas?.close());

/** Hatch features MapLibre draws now (a hidden layer draws none), and the codes flagged as having no data. */
async function hatchOnMap(codes: string[]) {
  return page.evaluate(
    (list) => ({
      drawn: window.__atlas!.renderedCount('municipality-no-data'),
      flagged: list.filter((code) => window.__atlas!.featureState(code)['noData'] === true),
    }),
    codes,
  );
}

/** Until the map has drawn a colouring of `indicator`. */
async function drawn(indicator: string): Promise<void> {
  await page.waitForFunction((id) => window.__atlas?.fillKey?.startsWith(`${id}:`) === true, indicator, {
    timeout: 30_000,
  });
}

async function codesWithout(indicator: string): Promise<{ all: string[]; missing: string[] }> {
  const geometry = (await (await fetch(`${atlas.origin}/api/municipalities`)).json()) as {
    features: { properties: { code: string } }[];
  };
  const values = (await (await fetch(`${atlas.origin}/api/indicators/${indicator}/values`)).json()) as {
    values: { code: string }[];
  };
  const all = geometry.features.map((f) => f.properties.code);
  const withData = new Set(values.values.map((v) => v.code));
  return { all, missing: all.filter((code) => !withData.has(code)) };
}

describe('no-data hatch', () => {
  it('is not drawn at all when every municipality has data', async () => {
    await openPlanner(page, atlas.origin, '?indicator=unemployment_18_65');
    await waitForOverlays(page);
    const { all, missing } = await codesWithout('unemployment_18_65');
    expect(missing).toEqual([]);
    expect(await hatchOnMap(all)).toEqual({ drawn: 0, flagged: [] });
  });

  it('shows exactly where data is missing after a switch to an indicator with gaps, and goes again', async () => {
    const { all, missing } = await codesWithout('housing_market_balance');
    expect(missing.length).toBeGreaterThan(0);
    // Switched in the page the first case opened: the layer is shown again by the colouring, not by a load.
    await pickIndicator(page, 'housing_market_balance');
    await drawn('housing_market_balance');
    await expect.poll(async () => (await hatchOnMap(all)).drawn, { timeout: 15_000 }).toBeGreaterThan(0);
    expect((await hatchOnMap(all)).flagged).toEqual(missing);
    await pickIndicator(page, 'unemployment_18_65');
    await drawn('unemployment_18_65');
    await expect.poll(async () => (await hatchOnMap(all)).drawn, { timeout: 15_000 }).toBe(0);
    expect((await hatchOnMap(all)).flagged).toEqual([]);
  });
});
