import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { ValuesResponse } from '../../data/contract/api';
import { colourOf } from '../../web/lib/colour-scale';
import { divergingScale } from '../../web/lib/diverging-scale';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, waitForMap, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { pickerInput, pickerValue } from './support/indicator-picker';
import { fillsOf, queryOf, waitForTable } from './support/map-page';
import { normaliseIntl } from './support/normalise';

/**
 * The "Done when" of issue 11 in Chromium on the real test build: a planner finds "förskola" in the picker, maps
 * it for a year, sees women, men and the gap where Kolada splits them, opens it in a locality and downloads it.
 * KPI N00530 (citizens' survey: the pre-school works well, %) has a split by sex and 137 municipalities with data.
 */
const KPI = 'kolada_n00530';
const GOTEBORG = '1480';
const SCREENSHOTS = path.join(ARTIFACTS_DIR, 'screenshots');

let app: ReturnType<typeof createApp>;
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;
let offsite: { attempted: string[] };

async function values(query: string): Promise<ValuesResponse> {
  return (await (await app.request(`/api/indicators/${KPI}/values?${query}`)).json()) as ValuesResponse;
}

async function tableCell(code: string, column: number): Promise<string> {
  const cell = page.locator(`[data-testid="ranking-table"] tr[data-code="${code}"] td`).nth(column);
  return normaliseIntl(await cell.innerText());
}

async function expectAxeClean(): Promise<void> {
  const result = await new AxeBuilder({ page }).analyze();
  const severe = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(severe.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-kolada-web');
  app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: new SqliteWorkshopStore(':memory:') });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  const isolated = await isolatedContext(launched.browser, origin, { width: 1280, height: 800 });
  offsite = isolated.offsite;
  page = await isolated.context.newPage();
});

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('a planner maps a Kolada KPI found by searching "förskola" (Swedish page)', () => {
  it('finds it in the searchable picker with the keyboard and maps its latest year', async () => {
    await page.goto(`${origin}/`);
    await waitForMap(page);
    // The default indicator has no split by sex: the selector says so instead of offering one.
    const selector = page.getByTestId('sex-selector');
    expect(
      await selector.getByRole('radio').evaluateAll((radios) => radios.map((r) => r.matches(':disabled'))),
    ).toEqual([true, true, true, true]);
    expect(await selector.innerText()).toContain('Kolada delar inte denna indikator efter kön.');

    const input = pickerInput(page);
    expect(await input.getAttribute('role')).toBe('combobox');
    await input.click();
    expect(await input.getAttribute('aria-expanded')).toBe('true');
    await input.fill('förskola');
    const option = page.locator(`[role="listbox"] [role="option"][data-value="${KPI}"]`);
    await option.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('group', { name: 'Övriga Kolada' }).count()).toBe(1);
    expect(await option.innerText()).toContain('Förskolan fungerar bra i kommunen');
    expect(await option.innerText()).toContain('kvinnor/män');
    const ids = await page
      .locator('[role="listbox"] [role="option"]')
      .evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-value')));
    expect(ids.length).toBeGreaterThan(20);
    expect(ids.length).toBeLessThanOrEqual(200);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kolada-picker-sv.png') });
    await expectAxeClean();

    // Arrow keys move the active option (aria-activedescendant), Enter chooses it.
    for (let step = 0; step < ids.indexOf(KPI); step += 1) await input.press('ArrowDown');
    const optionId = await option.getAttribute('id');
    expect(await input.getAttribute('aria-activedescendant')).toBe(optionId);
    await input.press('Enter');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await waitForMap(page, `${KPI}:2022:quantile`)).toBe(`${KPI}:2022:quantile`);
    expect(queryOf(page).get('indicator')).toBe(KPI);
    expect(await pickerValue(page)).toBe(KPI);
    expect(await page.locator('.legend__indicator').innerText()).toContain('Förskolan fungerar bra');
  });

  it('maps another year, and the table shows the API figures for it', async () => {
    await page.getByTestId('year-slider').focus();
    await page.keyboard.press('ArrowLeft');
    await waitForMap(page, `${KPI}:2021:quantile`);
    expect(queryOf(page).get('year')).toBe('2021');
    await page.getByRole('button', { name: 'Visa tabell' }).click();
    const total = await values('year=2021');
    const row = total.values.find((v) => v.code === GOTEBORG)!;
    await waitForTable(page, KPI, { year: 2021 });
    expect(await tableCell(GOTEBORG, 4)).toBe('81,8');
    expect(row.value).toBe(81.8);
    expect(await tableCell(GOTEBORG, 0)).toBe(String(row.rank));
  });

  it('switches to women, men and the gap (women − men): map, table, legend and URL follow', async () => {
    for (const [label, sex] of [
      ['Kvinnor', 'women'],
      ['Män', 'men'],
    ] as const) {
      await page.getByTestId('sex-selector').getByRole('radio', { name: label, exact: true }).check();
      await waitForMap(page, `${KPI}:2021:quantile:${sex}`);
      expect(queryOf(page).get('sex')).toBe(sex);
      const api = await values(`year=2021&sex=${sex}`);
      const row = api.values.find((v) => v.code === GOTEBORG)!;
      await waitForTable(page, KPI, { year: 2021, sex });
      expect(await tableCell(GOTEBORG, 4)).toBe(normaliseIntl(row.value.toLocaleString('sv-SE')));
      expect(await tableCell(GOTEBORG, 0)).toBe(String(row.rank));
      expect(await page.locator('#ranking-title').textContent()).toContain(label);
    }
    // Kolada's own file: Göteborg 2021 women 80.8, men 82.5 (asserted against the snapshot in the API tests).
    expect((await values('year=2021&sex=women')).values.find((v) => v.code === GOTEBORG)?.value).toBe(80.8);

    await page.getByTestId('sex-selector').getByRole('radio', { name: 'Skillnad (kvinnor − män)' }).check();
    await waitForMap(page, `${KPI}:2021:diverging:gap`);
    const gap = await values('year=2021&sex=gap');
    const row = gap.values.find((v) => v.code === GOTEBORG)!;
    expect(row.value).toBeCloseTo(80.8 - 82.5, 6);
    await waitForTable(page, KPI, { year: 2021, sex: 'gap' });
    expect(await tableCell(GOTEBORG, 4)).toBe('-1,7');
    // The map colours are the diverging scale centred on 0 over the API's gap values.
    const scale = divergingScale(gap.values.map((v) => v.value));
    const codes = gap.values.slice(0, 6).map((v) => v.code);
    expect(await fillsOf(page, codes)).toEqual(
      codes.map((code) => colourOf(scale, gap.values.find((v) => v.code === code)!.value)),
    );
    expect(await page.getByTestId('gap-legend-ends').innerText()).toContain('män högre');
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kolada-gap-sv.png') });
  });

  it('downloads the gap as CSV: the link carries sex=, the file its header and Göteborg’s row', async () => {
    const link = page.getByRole('link', { name: 'Ladda ner CSV' });
    await expect
      .poll(() => link.getAttribute('href'), { timeout: 15_000 })
      .toBe(`/api/indicators/${KPI}/values?year=2021&format=csv&sex=gap`);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toBe(`${KPI}-2021-gap.csv`);
    const csv = readFileSync(await download.path(), 'utf8').split('\r\n');
    expect(csv[0]).toBe(
      '\uFEFFmunicipality_code,municipality_name,indicator,year,value,unit,rank,n,percentile,source,table,caveat_sv,caveat_en,sex',
    );
    const goteborg = csv.find((line) => line.startsWith(`${GOTEBORG},`));
    expect(goteborg).toMatch(new RegExp(`^1480,Göteborg,${KPI},2021,-1\\.7\\d*,percent,`));
    expect(goteborg?.endsWith(',gap')).toBe(true);
  });

  it('opens the KPI in Göteborg’s locality page as a row: value, year, rank of n', async () => {
    await page.locator(`[data-testid="ranking-table"] tr[data-code="${GOTEBORG}"]`).click();
    await page.getByRole('button', { name: 'Visa översikt' }).click();
    const open = page.getByRole('link', { name: /Öppna kommunprofilen/ });
    expect(await open.getAttribute('href')).toBe(`/kommun/${GOTEBORG}?indicator=${KPI}`);
    await open.click();
    const row = page.locator(`[data-testid="chosen-indicator"] li[data-indicator="${KPI}"]`);
    await row.waitFor({ timeout: 60_000 }).catch(async (error: unknown) => {
      await page.screenshot({ path: path.join(SCREENSHOTS, 'kolada-locality-failed.png'), fullPage: true });
      throw error;
    });
    const latest = (await values('')).values.find((v) => v.code === GOTEBORG)!;
    const shown = normaliseIntl((await row.innerText()).replace(/\s+/g, ' '));
    expect(shown).toContain('Förskolan fungerar bra i kommunen');
    expect(shown).toContain('82,1');
    expect(shown).toContain('2022');
    expect(shown).toContain(`${latest.rank} av 137`);
    await row.locator('svg').first().waitFor();
    await page.locator('#chosen').screenshot({ path: path.join(SCREENSHOTS, 'kolada-locality-row-sv.png') });
    await expectAxeClean();
  });
});

describe('the same picker on the English page', () => {
  it('labels everything in English and marks Kolada’s Swedish titles with lang="sv"', async () => {
    await page.goto(`${origin}/?lang=en&indicator=${KPI}&sex=women`);
    await waitForMap(page, `${KPI}:2022:quantile:women`);
    expect(
      await page.getByTestId('sex-selector').getByRole('radio', { name: 'Women', exact: true }).isChecked(),
    ).toBe(true);
    expect(await page.getByTestId('sex-selector').innerText()).toContain('Gap (women − men)');
    const input = page.getByRole('combobox', { name: 'Indicator' });
    expect(await input.getAttribute('lang')).toBe('sv');
    await input.click();
    await input.fill('forskola');
    const option = page.locator(`[role="option"][data-value="${KPI}"]`);
    await option.waitFor({ timeout: 30_000 });
    expect(await page.getByRole('group', { name: 'Rest of Kolada' }).count()).toBe(1);
    expect(await option.locator('[lang="sv"]').innerText()).toContain('Förskolan fungerar bra');
    expect(await option.locator('abbr.sv-marker').innerText()).toBe('sv');
    expect(await option.innerText()).toContain('women/men');
    expect(await page.getByTestId('indicator-picker-status').innerText()).toMatch(/^\d+ matches$/);
    await page.screenshot({ path: path.join(SCREENSHOTS, 'kolada-picker-en.png') });
    await expectAxeClean();
    await input.press('Escape');
    expect(await input.getAttribute('aria-expanded')).toBe('false');
    expect(await pickerValue(page)).toBe(KPI);
    expect(offsite.attempted).toEqual([]);
  });
});
