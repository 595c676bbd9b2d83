import AxeBuilder from '@axe-core/playwright';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorsResponse, ProfileResponse, ValuesResponse } from '../../data/contract/api';
import { formatValue } from '../../data/format/format-value';
import { joinProfile } from '../../web/data/profile-join';
import { ARTIFACTS_DIR } from '../support/paths';
import { openAtlasPage, type AtlasPage } from './support/atlas-page';
import { otherLanguageHits } from './support/language-check';
import { normaliseIntl } from './support/normalise';

let app: AtlasPage['app'];
let atlas: AtlasPage | undefined;
let origin: string;
let page: Page;
const requested: string[] = [];

const PRESCHOOL = 'Förskoleverksamhet';
/** A profile as the page reads it: the answer's figures joined with the atlas catalogue. */
const joinedProfile = async (url: string) =>
  joinProfile(
    (await (await app.request(url)).json()) as ProfileResponse,
    ((await (await app.request('/api/indicators')).json()) as IndicatorsResponse).indicators,
  );
const cell = async (row: string, name: string) =>
  normaliseIntl(
    (
      await page.locator(`#catalogue tr[data-indicator="${row}"] [data-cell="${name}"]`).first().innerText()
    ).trim(),
  );

async function openCatalogue(query: string): Promise<void> {
  await page.goto(`${origin}/kommun/0617${query}`);
  await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(
    () => performance.getEntriesByName('atlas:first-screen-complete').length > 0,
    null,
    {
      timeout: 90_000,
    },
  );
  await page.locator('#catalogue summary').first().click();
  await page.waitForSelector('#catalogue details[data-group] summary', { timeout: 60_000 });
}

const UNEMPLOYMENT = 'unemployment_18_65';
const SEX_TEXTS = {
  sv: { view: 'kvinnor', totals: 'Visar totalen, inte kvinnor', unsplit: 'remsan och linjen visar totalen' },
  en: { view: 'women', totals: 'Shows the total, not women', unsplit: 'the strip and line show the total' },
} as const;

async function openSexView(sex: 'women' | 'gap', lang: 'sv' | 'en'): Promise<void> {
  await page.goto(`${origin}/kommun/0617?sex=${sex}${lang === 'en' ? '&lang=en' : ''}`);
  await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });
  await page.locator('[data-testid="stands-out-sex"]').waitFor({ timeout: 60_000 });
  await page.locator(`#figures details[data-theme="labour"] summary`).click();
}

/** The women view: the unemployment row's strip and sparkline carry women's figures from the API, in `lang`. */
async function checkSexView(lang: 'sv' | 'en'): Promise<void> {
  const texts = SEX_TEXTS[lang];
  await openSexView('women', lang);
  const profile = await joinedProfile(
    `/api/municipalities/0617?indicators=${UNEMPLOYMENT},median_household_disposable_income&sex=women`,
  );
  const [item, unsplit] = profile.indicators;
  const women = item!.sex!;
  const values = (await (
    await app.request(`/api/indicators/${UNEMPLOYMENT}/values?sex=women`)
  ).json()) as ValuesResponse;
  const subject = values.values.find((row) => row.code === '0617')!;
  expect(values.year).toBe(women.latest!.year);
  const format = (value: number) => normaliseIntl(formatValue(value, item!.indicator, lang));
  const row = page.locator(`#row-${UNEMPLOYMENT}`);
  await row.locator('svg.strip').waitFor({ timeout: 60_000 });
  const strip = normaliseIntl((await row.locator('svg.strip').getAttribute('aria-label'))!);
  expect(strip.startsWith(`${texts.view}: Gnosjö: ${format(women.latest!.value)}`)).toBe(true);
  expect(strip).toContain(`${subject.rank} ${lang === 'sv' ? 'av' : 'of'} ${values.n}`);
  expect(strip).toContain(`${lang === 'sv' ? 'Länet' : 'County'} ${format(women.county!.value!)}`);
  expect(strip).toContain(`${lang === 'sv' ? 'riket' : 'nation'} ${format(women.national!.value!)}`);
  expect(women.national!.value).not.toBe(item!.national!.value);
  const first = women.series[0]!;
  const last = women.series.at(-1)!;
  expect(normaliseIntl((await row.locator('svg.sparkline title').textContent())!)).toBe(
    `${texts.view}, ${first.year}-${last.year}: ${format(first.value)} → ${format(last.value)}`,
  );
  // An indicator Kolada does not split says that its strip and line are the totals.
  expect(unsplit!.sex!.available).toBe(false);
  const theme = unsplit!.indicator.theme;
  const group = page.locator(`#figures details[data-theme="${theme}"]`);
  if ((await group.getAttribute('open')) === null) await group.locator('summary').click();
  expect(await page.locator(`#row-${unsplit!.indicator.id} .row-shows-totals`).innerText()).toContain(
    texts.unsplit,
  );
  expect(await page.locator('[data-testid="stands-out-sex"]').innerText()).toContain(texts.totals);
  expect(await otherLanguageHits(page, lang, { within: '#figures' })).toEqual([]);
  expect(await otherLanguageHits(page, lang, { within: '#stands-out' })).toEqual([]);
  const axe = await new AxeBuilder({ page }).include('#figures').include('#stands-out').analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  for (const width of [1400, 360]) {
    await page.setViewportSize({ width, height: 900 });
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, `locality-sex-women-${lang}-${width}.png`) });
  }
  await page.setViewportSize({ width: 1400, height: 900 });
}

beforeAll(async () => {
  atlas = await openAtlasPage('e2e-locality-catalogue-web');
  ({ app, origin, page } = atlas);
  page.on('request', (request) =>
    requested.push(new URL(request.url()).pathname + new URL(request.url()).search),
  );
});

afterAll(async () => {
  await atlas?.close();
});

describe('the rest of the Kolada catalogue on the locality page', () => {
  it('costs the first screen nothing, and finds "förskola" in Swedish with values from the API', async () => {
    await page.goto(`${origin}/kommun/0617`);
    await page.waitForFunction(
      () => performance.getEntriesByName('atlas:first-screen-complete').length > 0,
      null,
      {
        timeout: 90_000,
      },
    );
    expect(requested.filter((url) => url.startsWith('/api/indicators/catalogue'))).toEqual([]);
    expect(
      requested.filter((url) => /^\/api\/municipalities\/0617\?.*(group|indicators)=/.test(url)),
    ).toEqual([]);
    expect(requested.filter((url) => /^\/api\/indicators\?.*q=/.test(url))).toEqual([]);
    // Before the mark the page asks the API for nothing (the server rendered the first screen from the slim
    // profile); indicators in detail (the trend chart's) come after.
    const beforeMark = await page.evaluate(() => {
      const mark = performance.getEntriesByName('atlas:first-screen-complete')[0]!.startTime;
      return performance
        .getEntriesByType('resource')
        .filter((entry) => entry.startTime < mark)
        .map((entry) => new URL(entry.name).pathname + new URL(entry.name).search);
    });
    expect(beforeMark.filter((url) => url.startsWith('/api/'))).toEqual([]);
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((entry) => entry.name.includes('/0617/indicators/')),
    );
    await page.locator('#catalogue summary').first().click();
    await page.waitForSelector('#catalogue details[data-group] summary', { timeout: 60_000 });
    await page.locator('[data-testid="catalogue-search"]').fill('förskola');
    await page.waitForSelector('#catalogue table tbody tr', { timeout: 60_000 });
    const titles = await page.locator('#catalogue tbody th[scope="row"]').allInnerTexts();
    expect(titles.length).toBeGreaterThan(5);
    expect(titles.filter((title) => /förskol/i.test(title)).length).toBeGreaterThan(3);
    const id = (await page.locator('#catalogue tbody tr').first().getAttribute('data-indicator'))!;
    const profile = await joinedProfile(`/api/municipalities/0617?indicators=${id}`);
    const [item] = profile.indicators;
    expect(await cell(id, 'year')).toBe(String(item!.latest!.year));
    expect(await cell(id, 'value')).toBe(
      normaliseIntl(formatValue(item!.latest!.value, item!.indicator, 'sv')),
    );
    expect(await cell(id, 'source')).toContain(id);
    expect(await page.locator(`#catalogue tr[data-indicator="${id}"] a`).getAttribute('href')).toBe(
      `/?indicator=${id}&sel=0617`,
    );
    await page.screenshot({
      path: path.join(ARTIFACTS_DIR, 'locality-catalogue-search-sv.png'),
      fullPage: false,
    });
    expect(await otherLanguageHits(page, 'sv', { within: '#catalogue' })).toEqual([]);
  });

  it('opens an operating area in English with the Swedish titles marked, then switches to women', async () => {
    await openCatalogue('?lang=en');
    const area = page.locator(`#catalogue details[data-group="${PRESCHOOL}"]`);
    await area.locator('summary').click();
    await area.locator('tbody tr').first().waitFor({ timeout: 60_000 });
    expect(await area.locator('summary [lang="sv"]').textContent()).toBe(PRESCHOOL);
    expect(await area.locator('summary .lang-marker').textContent()).toBe('sv');
    expect(await area.locator('tbody th[scope="row"] [lang="sv"]').count()).toBeGreaterThan(10);
    expect(await otherLanguageHits(page, 'en', { within: '#catalogue' })).toEqual([]);
    const axe = await new AxeBuilder({ page }).include('#catalogue').analyze();
    expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
    await area.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-catalogue-group-en.png') });

    await page.locator('[data-testid="sex-selector"] input[value="women"]').check();
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('sex') === 'women');
    const women = await joinedProfile(
      `/api/municipalities/0617?group=${encodeURIComponent(PRESCHOOL)}&sex=women`,
    );
    const split = women.indicators.find((entry) => entry.sex?.latest)!;
    const unsplit = women.indicators.find((entry) => entry.sex && !entry.sex.available)!;
    expect(split).toBeDefined();
    await page.waitForFunction(
      (group) =>
        document
          .querySelector(`#catalogue details[data-group="${group}"] caption`)
          ?.textContent?.includes('Women'),
      PRESCHOOL,
      { timeout: 60_000 },
    );
    expect(await cell(split.indicator.id, 'value')).toBe(
      normaliseIntl(formatValue(split.sex!.latest!.value, split.indicator, 'en')),
    );
    expect(await cell(split.indicator.id, 'year')).toBe(String(split.sex!.latest!.year));
    expect(await cell(unsplit.indicator.id, 'value')).toBe('no split by sex');
    expect(
      await page.locator(`#catalogue tr[data-indicator="${split.indicator.id}"] a`).getAttribute('href'),
    ).toBe(`/?indicator=${split.indicator.id}&sel=0617&sex=women&lang=en`);
    // The atlas-set rows carry the same view beside their totals.
    await page.locator('#figures details.theme-rows summary').first().click();
    await page.locator('#figures .row-sex').first().waitFor({ timeout: 60_000 });
  });

  it('draws strips and sparklines of women, and says "stands out" counts totals, in Swedish and English', async () => {
    await checkSexView('sv');
    await checkSexView('en');
    // A gap has no better or worse: its strip names no rank, and "stands out" says why it ranks none.
    await openSexView('gap', 'en');
    const gapRow = page.locator(`#row-${UNEMPLOYMENT}`);
    await gapRow.locator('svg.strip').waitFor({ timeout: 60_000 });
    const gapLabel = (await gapRow.locator('svg.strip').getAttribute('aria-label'))!;
    expect(gapLabel).toMatch(/^the gap women − men\. Gnosjö: /);
    expect(gapLabel).not.toMatch(/rank \d/);
    expect(gapLabel).toContain('A gap has no better or worse and is not ranked.');
    expect(await page.locator('[data-testid="stands-out-sex"]').innerText()).toContain(
      'a gap has no better or worse, so it is not ranked as a strength or a weakness',
    );
    // Three page loads in two languages: more than one load's time.
  }, 300_000);

  it('fits a 360 px phone: the section stays inside the screen, its table scrolls in its own box', async () => {
    await page.setViewportSize({ width: 360, height: 800 });
    await page.goto(`${origin}/kommun/0617`);
    await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });

    await page.locator('#catalogue summary').first().click();
    const area = page.locator(`#catalogue details[data-group="${PRESCHOOL}"]`);
    await area.locator('summary').click();
    await area.locator('tbody tr').first().waitFor({ timeout: 60_000 });

    // Nothing of the section reaches past the phone's edge but the table, which scrolls inside its own box. (The
    // firms section's tables, further down, are wider than 360 px on their own: not this section's.)
    const outside = await page.evaluate(() =>
      [...document.querySelectorAll('#catalogue *')]
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1)
        .filter((element) => !element.closest('.catalogue-table-wrap'))
        .map((element) => element.outerHTML.slice(0, 80)),
    );
    expect(outside).toEqual([]);
    const box = await page.evaluate(() => {
      const wrap = document.querySelector('#catalogue .catalogue-table-wrap')!;
      return { client: wrap.clientWidth, scroll: wrap.scrollWidth };
    });
    expect(box.client).toBeLessThanOrEqual(360);
    expect(box.scroll).toBeGreaterThan(box.client);
    await area.scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-catalogue-360.png') });
  });
});
