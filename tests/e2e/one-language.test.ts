import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { IndicatorsResponse, ProfileResponse, SlimCatalogueResponse } from '../../data/contract/api';
import type { CreateWorkshopResponse } from '../../data/contract';
import type { Lang } from '../../web/lib/format';
import { TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, waitForMap, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { otherLanguageHits, swedishNamesIn, type LanguageHit } from './support/language-check';
import { normaliseIntl } from './support/normalise';

/** What a workshop group typed: theirs, in Swedish, on the English page too. */
const TYPED = {
  title: 'Kompetensverkstad för Gnosjö och grannarna',
  organisations: ['Gnosjö kommun', 'Gjuteriet i Gnosjö med vänner'],
  entry: 'Brist på svetsare och lärlingar från skolan',
};

const store = new SqliteWorkshopStore(':memory:');
let app: ReturnType<typeof createApp>;
let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;
let workshopPath = '';
let workshopEdit = '';
/** A Kolada indicator with a Swedish title only, linked from the workshop entry. */
let swedishOnly: { id: string; title: string };
/** SCB table names, Boverket's survey and Gnosjö's SKR group: Swedish only, so marked on every English page. */
let swedishNames: string[] = [];

async function post<T>(url: string, body: unknown, token?: string): Promise<T> {
  const response = await app.request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (response.status >= 300) throw new Error(`${url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-one-language-web');
  app = createApp({ buildDir: TEST_BUILD_DIR, webDir, workshopStore: store });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const catalogue = (await (await app.request('/api/indicators/catalogue')).json()) as SlimCatalogueResponse;
  const line = catalogue.indicators.find((item) => item.titleLanguage === 'sv' && item.municipalities > 250);
  if (!line) throw new Error('the test build has Kolada indicators with Swedish titles only');
  swedishOnly = { id: line.id, title: line.title.sv };
  const atlas = (await (await app.request('/api/indicators')).json()) as IndicatorsResponse;
  const profile = (await (await app.request('/api/municipalities/0617')).json()) as ProfileResponse;
  swedishNames = [
    ...swedishNamesIn(atlas.indicators.flatMap((indicator) => indicator.sources)),
    profile.municipality.skrGroupName,
  ];
  if (!swedishNames.includes('BefolkningNy'))
    throw new Error(`no SCB table names found: ${swedishNames.join(', ')}`);
  const created = await post<CreateWorkshopResponse>('/api/workshops', {
    title: TYPED.title,
    municipalities: ['0617'],
    organisations: TYPED.organisations.map((name) => ({ name, kind: 'firm' })),
    cycles: [{ date: '2027-02-01' }],
  });
  const { workshop, editToken } = created;
  await post(
    `/api/workshops/${workshop.id}/cycles/${workshop.cycles[0]!.id}/entries`,
    {
      kind: 'obstacle',
      text: TYPED.entry,
      organisationId: workshop.organisations[1]!.id,
      links: [
        { indicatorId: 'population_total', municipality: '0617' },
        { indicatorId: swedishOnly.id, municipality: '0617' },
      ],
    },
    editToken,
  );
  workshopPath = `/workshop/${workshop.id}`;
  workshopEdit = editToken;

  launched = await launchChromium();
  const { context } = await isolatedContext(launched.browser, origin, { width: 1400, height: 900 });
  page = await context.newPage();
});

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  await store.close();
});

const withLang = (path: string, lang: Lang) => (lang === 'en' ? `${path}?lang=en` : path);
const userTexts = [TYPED.title, ...TYPED.organisations, TYPED.entry];
// What the test typed is the users' own text on every page: the planner's "add to workshop" names the workshop.
const check = (lang: Lang, options: Parameters<typeof otherLanguageHits>[2] = {}) =>
  otherLanguageHits(page, lang, { swedishNames, userTexts, ...options });

/** Hits as "word: text (where)" lines, so a failure names what to fix. */
const lines = (hits: readonly LanguageHit[]) => hits.map((hit) => `${hit.word}: ${hit.text}  (${hit.where})`);

async function openLocality(lang: Lang): Promise<void> {
  await page.goto(`${origin}${withLang('/kommun/0617', lang)}`);
  await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });
  await page.waitForSelector('[data-testid="stands-out-strengths"] li', { timeout: 60_000 });
  // The catchment section is folded closed: its answer is in the page, not on screen.
  await page.waitForSelector('[data-testid="catchment-total"]', { state: 'attached', timeout: 60_000 });
  await page.waitForSelector('[data-testid="reach-answer"]', { timeout: 60_000 });
  // Every theme group open, so each row's source, rank and strip text is checked too.
  for (const summary of await page.locator('#figures details.theme-rows > summary').all())
    await summary.click();
  await page.waitForFunction(
    () => document.querySelectorAll('#figures .row-strip .card-hint').length === 0,
    null,
    {
      timeout: 60_000,
    },
  );
}

describe.each(['sv', 'en'] as const)('every page speaks one language: %s', (lang) => {
  it('the planner, and its error line when the server answers in English', async () => {
    await page.goto(`${origin}${withLang('/', lang)}`);
    await waitForMap(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(lines(await check(lang))).toEqual([]);
    // The server's messages are English (for API clients); the page says what went wrong by the error code.
    const values = '**/api/indicators/median_household_disposable_income/values**';
    await page.route(values, (route) =>
      route.fulfill({
        status: 400,
        contentType: 'application/json',
        body: JSON.stringify({
          error: {
            code: 'invalid_parameter',
            message: 'year must be one of the years published',
            field: 'year',
          },
        }),
      }),
    );
    await page.goto(
      `${origin}/?indicator=median_household_disposable_income${lang === 'en' ? '&lang=en' : ''}`,
    );
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 30_000 });
    expect(await alert.innerText()).toContain(
      lang === 'sv' ? 'ogiltig (parameter: year)' : 'not valid (parameter: year)',
    );
    expect(lines(await check(lang))).toEqual([]);
    await page.unroute(values);
  });

  it('the locality page, every theme group open', async () => {
    await openLocality(lang);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
    expect(lines(await check(lang, { without: '.print-brief-root' }))).toEqual([]);
  });

  it('the check itself fails on an SCB table name left unmarked on an English page', async () => {
    await page.evaluate(() => {
      const probe = document.createElement('p');
      probe.id = 'unmarked-probe';
      probe.textContent = 'Source: SCB, BE0101 BefolkningNy (BE0101N1)';
      document.body.append(probe);
    });
    const found = lines(await check(lang, { within: '#unmarked-probe' }));
    await page.evaluate(() => document.getElementById('unmarked-probe')?.remove());
    const unmarked = found.filter((line) => line.includes('Swedish name not marked'));
    expect(unmarked.length).toBe(lang === 'en' ? 1 : 0);
  });

  it('the print brief', async () => {
    await page.waitForSelector('.print-brief [data-testid="brief-stands-out"], .print-brief h2', {
      state: 'attached',
      timeout: 60_000,
    });
    expect(lines(await check(lang, { within: '.print-brief-root' }))).toEqual([]);
  });

  it('the workshop, with Swedish user text and a Swedish-only Kolada title marked lang="sv"', async () => {
    await page.goto(`${origin}${withLang(workshopPath, lang)}`);
    await page.waitForSelector('li.entry .entry-links li', { timeout: 60_000 });
    // The Kolada title sits in the link, marked as Swedish on the English page.
    const marked = page.locator('li.entry .entry-links [lang="sv"]', { hasText: swedishOnly.title });
    expect(await marked.count()).toBe(lang === 'en' ? 1 : 0);
    expect(lines(await check(lang, { userTexts }))).toEqual([]);
  });

  it('the workshop with its edit link: a refused save is said in the page language, never the server English', async () => {
    await page.goto(`${origin}${withLang(workshopPath, lang)}#edit=${workshopEdit}`);
    const recommendations = page.locator('.workshop-recommendations');
    await recommendations.locator('textarea').waitFor({ timeout: 60_000 });
    // The server's own (English) messages, which the page must not show.
    const refuse = (status: number, code: string, field: string | null, message: string) => ({
      status,
      contentType: 'application/json',
      body: JSON.stringify({ error: { code, message, field } }),
    });
    const patchWorkshop = `**/api/workshops/${workshopPath.split('/').pop()}`;
    await page.route(patchWorkshop, (route) =>
      route.request().method() === 'PATCH'
        ? route.fulfill(
            refuse(428, 'version_required', 'version', 'send the version you last read: If-Match header'),
          )
        : route.continue(),
    );
    const typed = `Bygg fler hyresrätter (${lang})`;
    await recommendations.locator('textarea').fill(typed);
    await recommendations.locator('button[type="submit"]').click();
    const saveAlert = recommendations.getByRole('alert');
    await saveAlert.waitFor({ timeout: 30_000 });
    expect(normaliseIntl(await saveAlert.innerText())).toBe(
      lang === 'sv'
        ? 'Kunde inte spara: ändringen saknar versionen den bygger på, läs in sidan igen (parameter: version)'
        : 'Could not save: the change lacks the version it is based on, reload the page (parameter: version)',
    );
    expect(await saveAlert.locator('code').innerText()).toBe('version');

    const addOrganisation = `${patchWorkshop}/organisations`;
    await page.route(addOrganisation, (route) =>
      route.fulfill(refuse(429, 'rate_limited', null, 'too many writes from this client: retry in 9 s')),
    );
    const settings = page.locator('details.workshop-settings');
    await settings.locator('summary').click();
    await settings.locator('input[name="new-organisation"]').fill('Gymnasiet');
    await settings.locator('form').first().locator('button[type="submit"]').click();
    const settingsAlert = settings.getByRole('alert');
    await settingsAlert.waitFor({ timeout: 30_000 });
    expect(normaliseIntl(await settingsAlert.innerText())).toBe(
      lang === 'sv'
        ? 'Kunde inte spara: för många förfrågningar just nu, försök igen om en stund'
        : 'Could not save: too many requests just now, try again in a moment',
    );
    expect(await page.locator('main').innerText()).not.toMatch(/If-Match|retry in 9 s/);
    expect(
      lines(await otherLanguageHits(page, lang, { userTexts: [...userTexts, typed, 'Gymnasiet'] })),
    ).toEqual([]);
    await page.unroute(patchWorkshop);
    await page.unroute(addOrganisation);
    // The edit right is remembered for the tab: the next pages open as a reader would.
    await page.evaluate(() => window.sessionStorage.clear());
  });

  it('the import page', async () => {
    await page.goto(`${origin}${withLang('/import', lang)}`);
    await page.locator('input[type="file"]').waitFor({ state: 'attached', timeout: 60_000 });
    expect(lines(await check(lang))).toEqual([]);
  });
});
