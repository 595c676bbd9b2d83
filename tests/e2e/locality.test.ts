import AxeBuilder from '@axe-core/playwright';
import { serve, type ServerType } from '@hono/node-server';
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../api/app';
import { SqliteWorkshopStore } from '../../api/storage/sqlite/sqlite-workshop-store';
import type { CatchmentResponse, FlowsResponse, ProfileResponse } from '../../data/contract/api';
import type { IndexResponse } from '../../data/contract';
import type { ReachResponse } from '../../data/contract/reach';
import type { StandsOutResponse } from '../../data/contract/stands-out';
import { ARTIFACTS_DIR, TEST_BUILD_DIR } from '../support/paths';
import { isolatedContext, launchChromium, type LaunchedBrowser } from './support/browser';
import { buildWeb } from './support/bundle-web';
import { normaliseIntl } from './support/normalise';

let app: ReturnType<typeof createApp>;

let server: ServerType;
let origin: string;
let launched: LaunchedBrowser;
let page: Page;
let offsite: { attempted: string[] };

async function apiJson<T>(url: string): Promise<T> {
  return (await (await app.request(url)).json()) as T;
}

async function text(selector: string): Promise<string> {
  return normaliseIntl((await page.locator(selector).first().innerText()).replace(/\s+/g, ' '));
}

async function openLocality(query = ''): Promise<void> {
  await page.goto(`${origin}/kommun/0617${query}`);
  await page.waitForSelector('main.locality[data-ready="true"]', { timeout: 60_000 });
  await page.waitForFunction(() => window.__localityMapReady === true, null, { timeout: 60_000 });
}

/** Open a closed detail section (trend, peers, firms, catchment) as a user would, by its summary. */
async function openFold(id: string): Promise<void> {
  const details = page.locator(`#${id} > details`);
  if ((await details.getAttribute('open')) === null) await details.locator('> summary').click();
}

beforeAll(async () => {
  const webDir = await buildWeb('e2e-locality-web');
  // Created after the dashboard is built, so the static handler finds its directory.
  app = createApp({
    buildDir: TEST_BUILD_DIR,
    webDir,
    workshopStore: new SqliteWorkshopStore(':memory:'),
  });
  server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  launched = await launchChromium();
  const isolated = await isolatedContext(launched.browser, origin);
  offsite = isolated.offsite;
  page = await isolated.context.newPage();
  await openLocality();
});

afterAll(async () => {
  await launched?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
});

describe('locality view for Gnosjö (0617)', () => {
  it('shows the real population of 2024 with its source in the header', async () => {
    const header = await text('[data-testid="header-population"]');
    expect(header).toContain('9 131');
    expect(header).toContain('2024');
    expect(header).toContain('BE0101');
    expect(await text('h1')).toContain('Gnosjö');
    expect(await text('.locality-facts')).toContain('Gislaved-Gnosjö');
  });

  it('puts the index rank with its robustness interval on the first screen, as the API computes them', async () => {
    const index = await apiJson<IndexResponse>('/api/index');
    const rank = index.result.rows.find((row) => row.code === '0617')?.rank;
    const interval = index.robustness?.intervals['0617'];
    expect(rank).toBeGreaterThan(0);
    await page.waitForSelector('[data-testid="header-index"] a[href="#index"]', { timeout: 60_000 });
    await page.waitForFunction(
      () => /\d+–\d+/.test(document.querySelector('[data-testid="header-index"]')?.textContent ?? ''),
      null,
      { timeout: 60_000 },
    );
    const fact = await text('[data-testid="header-index"]');
    expect(fact).toContain(`${rank} av ${index.result.n}`);
    expect(fact).toContain(`rang ${interval?.p5}–${interval?.p95} i 90 % av robusthetsdragningarna`);
  });

  it('shows the derived commuting counts the API computes, and says that flows are missing here', async () => {
    const profile = await apiJson<ProfileResponse>('/api/municipalities/0617');
    const net = profile.commuting.net;
    expect(net).not.toBeNull();
    const shown = await text('[data-figure="net"]');
    expect(shown).toContain(`+${normaliseIntl(Math.round(net!.value).toLocaleString('sv-SE'))}`);
    expect(shown).toContain(String(net!.year));
    expect(await text('#commuting .honest-note')).toContain('Norrbotten');
  });

  it('groups indicator rows by theme, closed at first; an open group shows strips and missing as missing', async () => {
    expect(await page.locator('#figures details.theme-rows').count()).toBe(6);
    expect(await page.locator('#figures details.theme-rows[open]').count()).toBe(0);
    await page.locator('details[data-theme="quality_of_life"] > summary').click();
    const survey = page.locator('#figures [data-indicator="survey_good_place_to_live"]');
    expect(await survey.locator('.card-missing').innerText()).toBe('Saknas');
    await page.locator('details[data-theme="population"] > summary').click();
    const row = page.locator('#row-population_total');
    expect(normaliseIntl(await row.innerText())).toContain('9 131');
    // The strip's text alternative names the value, the rank, the county, the nation and the peers.
    const strip = row.locator('svg.strip');
    await strip.waitFor();
    const label = normaliseIntl((await strip.getAttribute('aria-label')) ?? '');
    expect(label).toMatch(
      /^Gnosjö: 9 131 personer, plats \d+ av 290\. Median .+ Länet .+ riket .+ Liknande kommuner: .+/,
    );
    expect(await row.locator('.strip-peer').count()).toBe(5);
    expect(await row.locator('.strip-subject').count()).toBe(1);
  });

  it('lists the most similar peers with their reasons, and the labour-market peers', async () => {
    const profile = await apiJson<ProfileResponse>('/api/municipalities/0617');
    const first = profile.peers.similar.peers[0]!;
    await openFold('peers');
    const item = page.locator(`.peer-item[data-code="${first.code}"]`);
    expect(await item.locator('.peer-name').innerText()).toBe(first.name);
    expect(await item.locator('.peer-reasons').innerText()).toMatch(/närmast i: .+sd/);
    await page.getByLabel('Samma arbetsmarknad', { exact: false }).check();
    const names = await page.locator('.peer-item .peer-name').allInnerTexts();
    expect(names.sort()).toEqual(['Gislaved', 'Värnamo']);
    await page.getByLabel('Mest lika', { exact: false }).check();
  });

  it('recomputes the most similar over the indicators named in ?similarBy=', async () => {
    const query = 'similarBy=population_total,manufacturing_jobs_share';
    const expected = await apiJson<ProfileResponse>(`/api/municipalities/0617?${query}`);
    await openLocality(`?${query}`);
    await openFold('peers');
    const basis = await text('.similarity p');
    expect(basis).toContain('Folkmängd 31 december (2024, log)');
    expect(basis).not.toContain('Sysselsättningsgrad');
    const shown = await page.locator('.peer-item .peer-name').allInnerTexts();
    expect(shown).toEqual(expected.peers.similar.peers.map((peer) => peer.name));
  });

  it('draws the national line over the years of a rate, next to the municipality', async () => {
    const labour = page.locator('details[data-theme="labour"]');
    if ((await labour.getAttribute('open')) === null) await labour.locator('> summary').click();
    await page.locator('[data-indicator="employment_rate_20_64"] .card-trend').first().click();
    await page.waitForFunction(() => document.querySelectorAll('.line-nation circle').length >= 3);
    expect(await page.locator('.line-subject circle').count()).toBeGreaterThanOrEqual(3);
    expect(await text('.trend-title')).toContain('Sysselsättningsgrad');
  });

  it('keeps comparison municipalities in the URL and lets the user remove one', async () => {
    await openLocality('?compare=0680,0662');
    await openFold('peers');
    expect(await page.locator('.chip').allInnerTexts()).toEqual([
      expect.stringContaining('Jönköping'),
      expect.stringContaining('Gislaved'),
    ]);
    await page.getByRole('button', { name: 'Ta bort Jönköping från jämförelsen' }).click();
    await page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '0662');
    // The trend chart draws one line per remaining comparison, from that municipality's own profile.
    await page.waitForFunction(() => document.querySelectorAll('.line-comparison').length === 1);
    expect(await page.locator('.chip').allInnerTexts()).toEqual([expect.stringContaining('Gislaved')]);
  });

  it('counts the urban-area population around the chosen site as the API does', async () => {
    const catchment = await apiJson<CatchmentResponse>('/api/catchment?site=SE-MET-056&radiusKm=30');
    await openFold('catchment');
    const total = await text('[data-testid="catchment-total"]');
    expect(total).toContain(normaliseIntl(catchment.population.sum.toLocaleString('sv-SE')));
    expect(await text('#catchment')).toContain('fågelvägen');
    expect(await page.locator('.weighted-profile tr').count()).toBe(5);
  });

  it('exports the figures as CSV with source, table and year columns', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Ladda ner siffror (CSV)' }).click(),
    ]);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFmunicipality_code,')).toBe(true);
    const population = csv.split('\r\n').find((line) => line.includes(',population_total,'));
    expect(population).toContain(',2024,9131,persons,');
    expect(population).toContain('BE0101');
  });

  it.each(['0617', '2104', '2584'])(
    'shows on the first screen (1400x900) at least three strengths and three weaknesses for %s, each with source',
    async (code) => {
      await page.setViewportSize({ width: 1400, height: 900 });
      await page.goto(`${origin}/kommun/${code}`);
      await page.waitForSelector('[data-testid="stands-out-strengths"] li');
      const expected = await apiJson<StandsOutResponse>(`/api/municipalities/${code}/stands-out`);
      for (const kind of ['strengths', 'weaknesses'] as const) {
        const items = page.locator(`[data-testid="stands-out-${kind}"] li`);
        expect(await items.count()).toBeGreaterThanOrEqual(3);
        expect(await items.count()).toBe(expected[kind].length);
        for (const [index, item] of expected[kind].entries()) {
          const shown = await items.nth(index).innerText();
          expect(shown).toContain(item.indicator.title.sv);
          expect(shown).toContain(`Källa: `);
          expect(shown).toContain(item.source.table);
          expect(shown).toContain(String(item.year));
        }
        // The first item is on the first screen.
        const box = await items.first().boundingBox();
        expect(box!.y + box!.height).toBeLessThanOrEqual(900);
      }
      expect(await text('.stands-out-rule')).toContain('0,5 standardavvikelser');
      // With the theme groups and detail sections closed, the whole page is at most three screens tall.
      await page.waitForSelector('[data-testid="reach-answer"]');
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      expect(height).toBeLessThanOrEqual(3 * 900);
      if (code === '0617') {
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-first-screen.png') });
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-full.png'), fullPage: true });
        await page.setViewportSize({ width: 1920, height: 1080 });
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-projector.png') });
        await page.setViewportSize({ width: 360, height: 740 });
        await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617-phone.png'), fullPage: true });
      }
      await page.setViewportSize({ width: 1280, height: 720 });
    },
  );

  it('answers how far a firm must reach, labelled as an estimate, as the API does', async () => {
    await openLocality('?site=centre&reach=3000');
    const answer = page.locator('[data-testid="reach-answer"]');
    await answer.waitFor();
    const expected = await apiJson<ReachResponse>('/api/reach?municipality=0617&n=3000');
    if (!expected.reached) throw new Error('3,000 are within reach of Gnosjö');
    const shown = normaliseIntl(await answer.innerText());
    expect(shown).toContain(`3 000 invånare 20-64 år finns inom uppskattningsvis`);
    expect(shown).toContain(`${String(expected.radiusKm).replace('.', ',')} km`);
    expect(await text('#reach-heading')).toContain('Uppskattning');
    expect(await text('.map-legend')).toContain('Räckvidd');
    await openLocality('?site=centre&reach=5000000');
    await page.waitForSelector('[data-testid="reach-answer"][data-reached="false"]');
    expect(await text('[data-testid="reach-answer"]')).toContain('nås inte inom 150 km');
    await openLocality();
  });

  it('has no serious or critical accessibility violations', async () => {
    // Only violations are collected: the page has thousands of nodes, and passes are not needed here.
    const results = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  });

  it('prints a one- or two-page A4 brief with the key figures and the map on page 1', async () => {
    mkdirSync(ARTIFACTS_DIR, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS_DIR, 'locality-0617.png') });
    const snapshot = await page.locator('.print-brief .brief-map').getAttribute('src');
    expect(snapshot?.startsWith('data:image/png;base64,')).toBe(true);
    expect(snapshot!.length).toBeGreaterThan(5000);
    const pdfPath = path.join(ARTIFACTS_DIR, 'locality-0617-brief.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const pages = Number(
      /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }))?.[1],
    );
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const firstPage = normaliseIntl(
      execFileSync('pdftotext', ['-f', '1', '-l', '1', '-layout', pdfPath, '-'], { encoding: 'utf8' }),
    );
    expect(firstPage).toContain('Lokal sammanfattning: Gnosjö');
    expect(firstPage).toContain('9 131');
    // The key figures follow what stands out, on the first page or the second.
    const allPages = normaliseIntl(
      execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' }),
    );
    expect(allPages).toContain('Nyckeltal');
    // The brief follows the first screen: population with its trend, what stands out, the reach as an estimate.
    expect(firstPage).toMatch(/Folkmängd 9 131 \(2024, 31 dec\), [+-]?\d+,\d % sedan \d{4}/);
    expect(firstPage).toContain('Sticker ut jämfört med liknande kommuner');
    expect(firstPage).toContain('Styrkor');
    expect(firstPage).toContain('Svagheter');
    expect(firstPage).toMatch(/Räckvidd\s+Uppskattning/);
    // The link back to the live view wraps inside its narrow column, so compare it without whitespace.
    expect(firstPage.replace(/\s+/g, '')).toContain(`${origin.replace(/^https?:\/\//, '')}/kommun/0617`);
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '80',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      pdfPath,
      path.join(ARTIFACTS_DIR, 'locality-0617-brief-page1'),
    ]);
  });

  it('speaks English, brief included, when the link says lang=en', async () => {
    await openLocality('?lang=en');
    expect(await text('[data-testid="header-population"]')).toContain('Population 9,131');
    expect(await page.getByRole('button', { name: 'Print brief' }).count()).toBe(1);
    expect(await page.locator('.print-brief h1').textContent()).toBe('Locality brief: Gnosjö');
  });

  it('shows top origins and destinations where flows exist (Luleå, Norrbotten)', async () => {
    const flows = await apiJson<FlowsResponse>('/api/flows?municipality=2580&direction=both');
    if (flows.coverage !== 'flows') throw new Error('the snapshot has flows for Luleå');
    const topIn = flows.features
      .filter((f) => f.properties.direction === 'in' && f.properties.origin !== '2580')
      .sort((a, b) => b.properties.persons - a.properties.persons)[0]!;
    await page.goto(`${origin}/kommun/2580`);
    const origins = page.locator('#commuting table').first();
    await origins.waitFor({ timeout: 60_000 });
    expect(await origins.locator('caption').innerText()).toBe('Varifrån inpendlarna kommer');
    const firstRow = normaliseIntl(await origins.locator('tbody tr').first().innerText());
    expect(firstRow).toContain(topIn.properties.originName);
    expect(firstRow).toContain(normaliseIntl(topIn.properties.persons.toLocaleString('sv-SE')));
    expect(await page.locator('#commuting .honest-note').count()).toBe(0);
  });

  it('says so when the municipality code does not exist', async () => {
    await page.goto(`${origin}/kommun/9999`);
    await page.getByRole('alert').waitFor({ timeout: 60_000 });
    expect(await page.getByRole('alert').innerText()).toBe('Kommunen 9999 finns inte.');
  });

  it('never asked anything of another origin', () => {
    expect(offsite.attempted).toEqual([]);
  });
});
