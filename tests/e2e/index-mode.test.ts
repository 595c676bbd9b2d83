import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, waitForMap, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { fillsOf } from './support/map-page';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
const GNOSJO = '0617';
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let context: BrowserContext;
let page: Page;

async function gnosjoTableRank(): Promise<number> {
  const text = await page
    .locator(`[data-testid="index-table"] tr[data-code="${GNOSJO}"] [data-testid="index-rank"]`)
    .innerText();
  return Number(text);
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-index-web');
  const app = createApp({
    buildDir: TEST_BUILD_DIR,
    webDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  ({ context } = await isolatedContext(launched.browser, origin));
  page = await context.newPage();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await context?.close();
  await launched?.close();
  server?.close();
});

describe('planner in index mode', () => {
  it('dragging the housing slider re-colours Gnosjö on the map and moves its rank in the table', async () => {
    await page.goto(`${origin}/?mode=index&table=1&sel=${GNOSJO}`);
    await waitForMap(page);
    await page.locator('[data-testid="index-table"]').waitFor();
    const before = await gnosjoTableRank();
    const [fillBefore] = await fillsOf(page, [GNOSJO]);
    expect(before).toBeGreaterThan(0);
    expect(fillBefore).toMatch(/^#|^rgb/);

    const slider = page.locator('input[data-pillar="housing"]');
    const box = (await slider.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 6 });
    await page.mouse.move(box.x + box.width - 2, box.y + box.height / 2, { steps: 6 });
    // While the pointer is down the map follows every step, but the URL does not (no history write per frame),
    // nor, with it, the table.
    await expect
      .poll(async () => (await fillsOf(page, [GNOSJO]))[0], { timeout: 30_000 })
      .not.toBe(fillBefore);
    expect(new URL(page.url()).searchParams.get('i_weights')).toBeNull();
    expect(await gnosjoTableRank()).toBe(before);
    await page.mouse.up();
    await page.waitForFunction(() =>
      new URL(location.href).searchParams.get('i_weights')?.includes('housing:'),
    );
    const weights = new URL(page.url()).searchParams.get('i_weights')!;
    expect(Number(/housing:([\d.]+)/.exec(weights)![1])).toBeGreaterThan(4);
    await waitForMap(page, `index:${JSON.stringify({ weights })}`);

    const [fillAfter] = await fillsOf(page, [GNOSJO]);
    expect(fillAfter).not.toBe(fillBefore);
    // The table follows the map deferred (never re-rendered per frame of a drag): it catches up once the drag ends.
    await expect.poll(gnosjoTableRank, { timeout: 10_000 }).not.toBe(before);
    // The rank interval arrives from the worker once the weights settle.
    await page.waitForFunction(
      (code) =>
        document
          .querySelector(`[data-testid="index-table"] tr[data-code="${code}"] td:last-child`)
          ?.textContent?.includes('–'),
      GNOSJO,
      { timeout: 60_000 },
    );
    const robustnessMs = await page.evaluate(
      () =>
        (performance.getEntriesByName('atlas:index-robustness').at(-1) as PerformanceMark | undefined)
          ?.detail ?? null,
    );
    expect(robustnessMs).not.toBeNull();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index-mode-table.png') });
  });

  it('compares perspectives for Gnosjö: its rank under each of the four, with small multiples; axe clean', async () => {
    await page.goto(`${origin}/?mode=index&sel=${GNOSJO}&lang=en`);
    await waitForMap(page);
    const compare = page.locator('[data-testid="index-compare"]');
    await compare.waitFor();
    const ranks = await compare.locator('[data-testid="compare-rank"]').allInnerTexts();
    expect(ranks).toHaveLength(4);
    for (const rank of ranks) expect(Number(rank)).toBeGreaterThan(0);
    expect(await compare.locator('tr[data-perspective="firm"] th').innerText()).toBe('Firm');
    expect(await page.locator('.index-multiples svg').count()).toBe(4);
    expect(await page.locator('[data-testid="index-details"]').innerText()).toMatch(/Rank \d+ of 290/);

    await page.locator('[data-testid="what-if-delta"]').fill('5');
    const whatIf = page.locator('[data-testid="what-if-result"]');
    await whatIf.waitFor();
    expect(await whatIf.innerText()).toMatch(/Hypothetical/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index-mode-compare.png'), fullPage: true });

    // The planner's own bar (tests/e2e/map.test.ts): no serious or critical violation.
    const axe = await new AxeBuilder({ page }).analyze();
    const severe = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it("Gnosjö's locality page shows its default index, rank of 290 and pillars against its SKR group", async () => {
    await page.goto(`${origin}/kommun/${GNOSJO}`);
    const section = page.locator('[data-testid="locality-index"]');
    await section.waitFor({ timeout: 60_000 });
    expect(await section.innerText()).toMatch(/av 290/);
    await page.locator('#index-locality-title').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index-locality.png') });
  });
});
