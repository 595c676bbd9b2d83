import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CatchmentResponse, ProfileResponse } from '../../data/contract/api';
import type { ReachResponse } from '../../data/contract/reach';
import { localitySessionForFile } from './support/locality-session';
import { normaliseIntl } from './support/normalise';

/** The locality view's detail sections for Gnosjö: what a workshop group opens after the first screen. */
const locality = localitySessionForFile('e2e-locality-details-web');

describe('locality view, details: themes, peers, trends, comparisons, catchment, reach and CSV', () => {
  it('groups indicator rows by theme, closed at first; an open group shows strips and missing as missing', async () => {
    expect(await locality.page.locator('#figures details.theme-rows').count()).toBe(6);
    expect(await locality.page.locator('#figures details.theme-rows[open]').count()).toBe(0);
    await locality.page.locator('details[data-theme="quality_of_life"] > summary').click();
    const survey = locality.page.locator('#figures [data-indicator="survey_good_place_to_live"]');
    expect(await survey.locator('.card-missing').innerText()).toBe('Saknas');
    await locality.page.locator('details[data-theme="population"] > summary').click();
    const row = locality.page.locator('#row-population_total');
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
    const profile = await locality.apiJson<ProfileResponse>('/api/municipalities/0617');
    const first = profile.peers.similar.peers[0]!;
    await locality.openFold('peers');
    const item = locality.page.locator(`.peer-item[data-code="${first.code}"]`);
    expect(await item.locator('.peer-name').innerText()).toBe(first.name);
    expect(await item.locator('.peer-reasons').innerText()).toMatch(/närmast i: .+sd/);
    await locality.page.getByLabel('Samma arbetsmarknad', { exact: false }).check();
    const names = await locality.page.locator('.peer-item .peer-name').allInnerTexts();
    expect(names.sort()).toEqual(['Gislaved', 'Värnamo']);
    await locality.page.getByLabel('Mest lika', { exact: false }).check();
  });

  it('recomputes the most similar over the indicators named in ?similarBy=', async () => {
    const query = 'similarBy=population_total,manufacturing_jobs_share';
    const expected = await locality.apiJson<ProfileResponse>(`/api/municipalities/0617?${query}`);
    await locality.openLocality(`?${query}`);
    await locality.openFold('peers');
    const basis = await locality.text('.similarity p');
    expect(basis).toContain('Folkmängd 31 december (2024, log)');
    expect(basis).not.toContain('Sysselsättningsgrad');
    const shown = await locality.page.locator('.peer-item .peer-name').allInnerTexts();
    expect(shown).toEqual(expected.peers.similar.peers.map((peer) => peer.name));
  });

  it('draws the national line over the years of a rate, next to the municipality', async () => {
    const labour = locality.page.locator('details[data-theme="labour"]');
    if ((await labour.getAttribute('open')) === null) await labour.locator('> summary').click();
    await locality.page.locator('[data-indicator="employment_rate_20_64"] .card-trend').first().click();
    await locality.page.waitForFunction(() => document.querySelectorAll('.line-nation circle').length >= 3);
    expect(await locality.page.locator('.line-subject circle').count()).toBeGreaterThanOrEqual(3);
    expect(await locality.text('.trend-title')).toContain('Sysselsättningsgrad');
  });

  it('keeps comparison municipalities in the URL and lets the user remove one', async () => {
    await locality.openLocality('?compare=0680,0662');
    await locality.openFold('peers');
    expect(await locality.page.locator('.chip').allInnerTexts()).toEqual([
      expect.stringContaining('Jönköping'),
      expect.stringContaining('Gislaved'),
    ]);
    await locality.page.getByRole('button', { name: 'Ta bort Jönköping från jämförelsen' }).click();
    await locality.page.waitForFunction(() => new URLSearchParams(location.search).get('compare') === '0662');
    // The trend chart draws one line per remaining comparison, from that municipality's own profile.
    await locality.page.waitForFunction(() => document.querySelectorAll('.line-comparison').length === 1);
    expect(await locality.page.locator('.chip').allInnerTexts()).toEqual([
      expect.stringContaining('Gislaved'),
    ]);
  });

  it('counts the urban-area population around the chosen site as the API does', async () => {
    const catchment = await locality.apiJson<CatchmentResponse>('/api/catchment?site=SE-MET-056&radiusKm=30');
    await locality.openFold('catchment');
    const total = await locality.text('[data-testid="catchment-total"]');
    expect(total).toContain(normaliseIntl(catchment.population.sum.toLocaleString('sv-SE')));
    expect(await locality.text('#catchment')).toContain('fågelvägen');
    expect(await locality.page.locator('.weighted-profile tr').count()).toBe(5);
  });

  it('exports the figures as CSV with source, table and year columns', async () => {
    const [download] = await Promise.all([
      locality.page.waitForEvent('download'),
      locality.page.getByRole('button', { name: 'Ladda ner siffror (CSV)' }).click(),
    ]);
    const file = await download.path();
    const csv = readFileSync(file, 'utf8');
    expect(csv.startsWith('\uFEFFmunicipality_code,')).toBe(true);
    const population = csv.split('\r\n').find((line) => line.includes(',population_total,'));
    expect(population).toContain(',2024,9131,persons,');
    expect(population).toContain('BE0101');
  });

  it('answers how far a firm must reach, labelled as an estimate, as the API does', async () => {
    await locality.openLocality('?site=centre&reach=3000');
    const answer = locality.page.locator('[data-testid="reach-answer"]');
    await answer.waitFor();
    const expected = await locality.apiJson<ReachResponse>('/api/reach?municipality=0617&n=3000');
    if (!expected.reached) throw new Error('3,000 are within reach of Gnosjö');
    const shown = normaliseIntl(await answer.innerText());
    expect(shown).toContain(`3 000 invånare 20-64 år finns inom uppskattningsvis`);
    expect(shown).toContain(`${String(expected.radiusKm).replace('.', ',')} km`);
    expect(await locality.text('#reach-heading')).toContain('Uppskattning');
    expect(await locality.text('.map-legend')).toContain('Räckvidd');
    await locality.openLocality('?site=centre&reach=5000000');
    await locality.page.waitForSelector('[data-testid="reach-answer"][data-reached="false"]');
    expect(await locality.text('[data-testid="reach-answer"]')).toContain('nås inte inom 150 km');
    await locality.openLocality();
  });

  it('never asked anything of another origin', () => {
    expect(locality.offsite.attempted).toEqual([]);
  });
});
