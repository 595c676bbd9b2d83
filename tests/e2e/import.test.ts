import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import { ARTIFACTS_DIR, FIXTURES_DIR, RAW_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, waitForMap, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { openPickerAt, pickerOffers, pickerValue } from './support/indicator-picker';

const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');
const EXCEL_FILE = path.join(FIXTURES_DIR, 'imports-ui', 'larlingsplatser-excel-1252.csv');
const IMPORTED_ID = 'import_larlingsplatser_i_verkstader';

let root: string;
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;

beforeAll(async () => {
  const webDir = await buildWeb('e2e-import-web');
  // Saving rebuilds the server's build: a copy, never artifacts/test-build itself.
  root = mkdtempSync(path.join(tmpdir(), 'atlas-e2e-import-'));
  const buildDir = path.join(root, 'build');
  cpSync(TEST_BUILD_DIR, buildDir, { recursive: true });
  const app = createApp({
    buildDir,
    webDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
    imports: { importsDir: path.join(root, 'imports'), rawDir: RAW_DIR, writesEnabled: true, token: null },
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  const { context } = await isolatedContext(launched.browser, origin, { width: 1280, height: 900 });
  page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('importing a CSV from the dashboard', () => {
  it('reaches /import from the header and previews a Swedish Excel file with its rejected rows', async () => {
    await page.goto(`${origin}/?lang=en`);
    await page.getByRole('link', { name: 'Your own data' }).click();
    await page.waitForURL(/\/import\?lang=en$/);
    await page.getByRole('heading', { name: 'Add your own data' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(EXCEL_FILE);
    await page.getByTestId('import-preview').waitFor();

    const accepted = page.getByTestId('accepted-rows').locator('tbody tr');
    expect(await accepted.count()).toBe(3);
    expect(await accepted.first().innerText()).toContain('Lärlingsplatser i verkstäder');
    const rejected = await page.getByTestId('rejected-rows').locator('tbody tr').allInnerTexts();
    expect(rejected).toHaveLength(2);
    expect(rejected[0]).toMatch(/^5\s+3 \(value\)\s+not a number/);
    expect(rejected[1]).toMatch(/^6\s+1 \(municipality_code\)\s+unknown municipality code "9999"/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-preview.png'), fullPage: true });
  });

  it('has no serious accessibility violations with a preview on screen', async () => {
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('adds the file to the atlas, lists it, and the new indicator is in the planner picker', async () => {
    await page.getByTestId('import-add').click();
    await page.getByTestId('import-saved').waitFor({ timeout: 110_000 });
    expect(await page.getByTestId('import-list').innerText()).toContain('larlingsplatser-excel-1252');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-saved.png'), fullPage: true });

    await page.getByRole('link', { name: 'Show on the map' }).click();
    await waitForMap(page);
    expect(await pickerValue(page)).toBe(IMPORTED_ID);
    const option = await openPickerAt(page, IMPORTED_ID);
    expect(await option.locator('.indicator-option__title').innerText()).toBe('Lärlingsplatser i verkstäder');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-on-map.png') });
  });

  it('shows that a file of the same name exists and replaces it only when asked (Swedish page)', async () => {
    await page.goto(`${origin}/import`);
    await page.getByRole('heading', { name: 'Lägg till egna uppgifter' }).waitFor();
    await page.locator('input[type="file"]').setInputFiles(EXCEL_FILE);
    await page.getByTestId('import-preview').waitFor();
    // The file's own earlier version is no collision: its rows are still accepted.
    expect(await page.getByTestId('accepted-rows').locator('tbody tr').count()).toBe(3);
    const conflict = page.getByTestId('import-conflict');
    await conflict.waitFor();
    expect(await conflict.innerText()).toMatch(
      /Det finns redan en import med namnet ”larlingsplatser-excel-1252” \(från larlingsplatser-excel-1252\.csv, tillagd \d{4}-\d{2}-\d{2}\)/,
    );
    expect(await page.getByTestId('import-add').count()).toBe(0);
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    expect(results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-replace-sv.png'), fullPage: true });

    // A list that does not know the import yet (another user saved it meanwhile): the save's 409 is the same choice.
    const listUrl = `${origin}/api/imports`;
    await page.route(listUrl, async (route) => {
      if (route.request().method() !== 'GET') return route.continue();
      const response = await route.fetch();
      const body = (await response.json()) as { imports: unknown[] };
      await route.fulfill({ response, json: { ...body, imports: [] } });
    });
    await page.reload();
    await page.locator('input[type="file"]').setInputFiles(EXCEL_FILE);
    await page.getByTestId('import-add').click();
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain(
      'Servern har redan en import med namnet ”larlingsplatser-excel-1252”',
    );
    expect(await page.locator('.error').count()).toBe(0);
    await page.unroute(listUrl);
    await page.getByRole('button', { name: 'Ersätt ”larlingsplatser-excel-1252”' }).click();
    await page.getByTestId('import-saved').waitFor({ timeout: 110_000 });
    expect(await page.getByTestId('import-saved').innerText()).toContain(
      '”larlingsplatser-excel-1252” är ersatt med den nya filen (3 rader)',
    );
    expect(await page.getByTestId('import-list').locator('tbody tr').count()).toBe(1);
  });

  it('removes the import again (Swedish page): the list is empty and the picker no longer offers it', async () => {
    await page.goto(`${origin}/import`);
    await page.getByRole('heading', { name: 'Lägg till egna uppgifter' }).waitFor();
    await page.screenshot({ path: path.join(SCREENSHOTS, 'import-list-sv.png'), fullPage: true });
    await page.getByRole('button', { name: 'Ta bort' }).click();
    await page.getByText('Inga egna filer är tillagda.').waitFor({ timeout: 110_000 });
    await page.goto(`${origin}/?lang=en`);
    await waitForMap(page);
    expect(await pickerOffers(page, IMPORTED_ID)).toBe(false);
  });
});
