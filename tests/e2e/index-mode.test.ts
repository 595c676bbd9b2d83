import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import type { IndexResponse } from '../../data/contract';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, waitForMap, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { fillsOf, waitForOverlays } from './support/map-page';
import { indexFills } from '../../web/attractiveness/index-colours';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
const GNOSJO = '0617';
let app: ReturnType<typeof createApp>;
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let context: BrowserContext;
let page: Page;

/**
 * Gnosjö's rank in the table's text (its DOM, what screen readers get): a row out of view is not drawn (the table's
 * rows skip layout off screen), so its innerText would be empty; the test of drawn rows is the keyboard case below.
 */
async function gnosjoTableRank(): Promise<number> {
  const text = await page
    .locator(`[data-testid="index-table"] tr[data-code="${GNOSJO}"] [data-testid="index-rank"]`)
    .textContent();
  return Number(text);
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-index-web');
  app = createApp({
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
  it('reports the index drawn only when the map holds its colours, every municipality coloured', async () => {
    await page.goto(`${origin}/?mode=index`);
    await waitForMap(page, 'index:{}');
    // No poll: the moment the map says "index drawn", the index's colours are in it.
    const answer = (await (await app.request('/api/index')).json()) as IndexResponse;
    const expected = indexFills(answer.result).fills;
    const codes = answer.result.rows.map((r) => r.code);
    const shown = await fillsOf(page, codes);
    expect(codes).toHaveLength(290);
    expect(codes.filter((code, i) => (shown[i] ?? null) !== (expected.get(code) ?? null))).toEqual([]);
    // The first coloured map is the index's, not the empty frame while its inputs load.
    const first = await page.evaluate(() =>
      String((performance.getEntriesByName('atlas:first-coloured-map')[0] as PerformanceMark).detail),
    );
    expect(first).toBe('index:{}');
  });

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

  it('after the draws the table holds all 290 municipalities, down to the last row, with the ranks and intervals GET /api/index gives', async () => {
    // The page as the drag above left it: its weights, and its worker's 1,000 draws.
    const weights = new URL(page.url()).searchParams.get('i_weights')!;
    const answer = (await (
      await app.request(`/api/index?weights=${encodeURIComponent(weights)}`)
    ).json()) as IndexResponse;
    await page.waitForFunction(() =>
      /1000/.test(document.querySelector('.index-ranking [role="status"]')?.textContent ?? ''),
    );
    const rows = await page.$$eval('[data-testid="index-table"] tbody tr', (trs) =>
      trs.map((tr) => ({
        code: (tr as HTMLElement).dataset.code!,
        cells: [...(tr as HTMLTableRowElement).cells].map((cell) => cell.textContent ?? ''),
      })),
    );
    expect(rows).toHaveLength(290);
    const expected = new Map(answer.result.rows.map((row) => [row.code, row]));
    let withInterval = 0;
    for (const { code, cells } of rows) {
      const row = expected.get(code)!;
      const interval = answer.robustness!.intervals[code];
      expect(cells[0], code).toBe(row.rank === null ? '–' : String(row.rank));
      expect(cells[3], code).toBe(interval ? `${interval.p5}–${interval.p95}` : '');
      if (interval) withInterval += 1;
    }
    expect(withInterval).toBeGreaterThan(280);

    // Screen readers get a table (the rows are grid boxes in CSS, with their roles given): a header row and 290.
    const table = page.getByRole('table', { name: /index/i });
    expect(await table.getByRole('row').count()).toBe(291);
    expect(await table.getByRole('columnheader').count()).toBe(4);
    // The keyboard reaches the last row (drawn once in view, never skipped), and Enter selects it.
    const buttons = page.locator('[data-testid="index-table"] tbody button');
    await buttons.nth(288).focus();
    await page.keyboard.press('Tab');
    const last = rows[289]!;
    expect(await page.evaluate(() => document.activeElement?.closest('tr')?.dataset.code)).toBe(last.code);
    // Drawn once in view: its text laid out (a skipped row's innerText is empty) and inside the window.
    await expect.poll(() => buttons.nth(289).innerText(), { timeout: 10_000 }).toBe(last.cells[1]);
    const box = (await buttons.nth(289).boundingBox())!;
    expect(box.height).toBeGreaterThan(10);
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    await page.keyboard.press('Enter');
    await page.waitForFunction((code) => new URL(location.href).searchParams.get('sel') === code, last.code);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'index-mode-table-end.png') });
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

    // The planner's own bar (tests/e2e/map-page-level.test.ts): no serious or critical violation.
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

  it('a held weight drag re-colours the map without rendering the page; let go, the map holds the colours of GET /api/index', async () => {
    await page.goto(`${origin}/?mode=index`);
    await waitForMap(page);
    // Settled: the deferred layers and the first robustness run have landed (each renders the page once).
    await waitForOverlays(page);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:index-robustness').length > 0,
      null,
      {
        timeout: 60_000,
      },
    );
    const [fillBefore] = await fillsOf(page, [GNOSJO]);
    const slider = page.locator('input[data-pillar="work"]');
    const box = (await slider.boundingBox())!;
    const y = box.y + box.height / 2;
    await page.mouse.move(box.x + box.width * 0.2, y);
    await page.mouse.down();
    const renders = () => page.evaluate(() => window.__plannerRenders ?? 0);
    const held = await renders();
    await page.mouse.move(box.x + box.width - 2, y, { steps: 10 });
    await expect
      .poll(async () => (await fillsOf(page, [GNOSJO]))[0], { timeout: 30_000 })
      .not.toBe(fillBefore);
    // Ten steps, each drawn on the map, and not one render of the page (its table, panels, URL) among them.
    expect(await renders()).toBe(held);
    await page.mouse.up();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('i_weights')?.includes('work:'));
    const weights = new URL(page.url()).searchParams.get('i_weights')!;
    await waitForMap(page, `index:${JSON.stringify({ weights })}`);
    const answer = (await (
      await app.request(`/api/index?weights=${encodeURIComponent(weights)}`)
    ).json()) as IndexResponse;
    const expected = indexFills(answer.result).fills;
    const codes = answer.result.rows.map((r) => r.code);
    const shown = await fillsOf(page, codes);
    expect(codes).toHaveLength(290);
    expect(new Map(codes.map((code, i) => [code, shown[i] ?? null]))).toEqual(
      new Map(codes.map((code) => [code, expected.get(code) ?? null])),
    );
  });
});
