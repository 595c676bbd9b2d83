import { describe, expect, it } from 'vitest';
import type { ObservationFile } from '../../../data/contract';
import type {
  ProfileIndicatorResponse,
  ProfileResponse,
  ProfileSeriesResponse,
} from '../../../data/contract/api';
import { buildFile, getJson, type ErrorBody } from './app-fixture';

const observations = buildFile<ObservationFile>('observations.json');
const value = (indicator: string, year: number, code: string) =>
  observations.find((s) => s.indicator === indicator && s.year === year)?.municipalities[code];

describe('GET /api/municipalities/0617 (Gnosjö)', async () => {
  const { status, body } = await getJson<ProfileResponse>('/api/municipalities/0617');
  const indicator = (id: string) => body.indicators.find((i) => i.indicator.id === id)!;
  // The municipal series travel apart from the profile, in the answer the page asks after its first screen.
  const series = (await getJson<ProfileSeriesResponse>('/api/municipalities/0617/series')).body.series;
  const seriesOf = (id: string) => series.find((entry) => entry.indicator === id)!.points;

  it('names the municipality and its regions', () => {
    expect(status).toBe(200);
    expect(body.municipality).toMatchObject({
      code: '0617',
      name: 'Gnosjö',
      countyCode: '06',
      laCode: 'LA2206',
    });
  });

  it('gives population 2024 = 9131 with rank of 290, the county figure and the national 10,587,710', () => {
    const population = indicator('population_total');
    expect(population.latest).toMatchObject({ year: 2024, value: 9131, n: 290 });
    expect(population.latest!.source.citation).toBe('Källa: SCB');
    expect(seriesOf('population_total').at(-1)).toEqual({
      year: 2024,
      value: 9131,
      source: 'scb-population',
    });
    expect(seriesOf('population_total').length).toBeGreaterThan(10);
    const county = observations.find((s) => s.indicator === 'population_total' && s.year === 2024)!.counties;
    expect(population.county).toMatchObject({
      year: 2024,
      value: county.values['06'],
      method: county.method,
    });
    expect(population.national).toMatchObject({ year: 2024, value: 10587710 });
  });

  it('gives county and national figures for every year of the series in the detail answer, for the trend chart', async () => {
    const detail = await getJson<ProfileIndicatorResponse>(
      '/api/municipalities/0617/indicators/population_total',
    );
    expect(detail.status).toBe(200);
    const { countySeries, nationalSeries } = detail.body.item;
    expect(countySeries.map((f) => f.year)).toEqual(seriesOf('population_total').map((p) => p.year));
    const county2020 = observations.find(
      (s) => s.indicator === 'population_total' && s.year === 2020,
    )!.counties;
    expect(countySeries.find((f) => f.year === 2020)).toMatchObject({
      value: county2020.values['06'],
      method: county2020.method,
    });
    expect(nationalSeries.at(-1)).toMatchObject({ year: 2024, value: 10587710 });
  });

  it('lists every indicator of the catalogue, with null latest where Gnosjö has no value', () => {
    expect(body.indicators).toHaveLength(buildFile<unknown[]>('indicators.json').length);
    expect(series.map((entry) => entry.indicator)).toEqual(
      body.indicators.map((entry) => entry.indicator.id),
    );
    for (const entry of body.indicators) {
      if (entry.latest === null) expect(seriesOf(entry.indicator.id)).toEqual([]);
      else expect(seriesOf(entry.indicator.id).at(-1)!.value).toBe(entry.latest.value);
    }
  });

  it('carries the derived commuting counts for 2022 exactly as the build holds them', () => {
    expect(body.commuting.inCommuters).toEqual({ year: 2022, value: value('commuters_in', 2022, '0617') });
    expect(body.commuting.outCommuters).toEqual({ year: 2022, value: value('commuters_out', 2022, '0617') });
    expect(body.commuting.net).toEqual({ year: 2022, value: value('net_commuting', 2022, '0617') });
    expect(body.commuting.inCommuters!.value).toBeGreaterThan(1000);
    expect(body.commuting.flows.years).toEqual([]);
  });

  it('cites the Kolada KPIs the commuting counts are derived from, with every formula', () => {
    expect(body.commuting.source).toMatchObject({ id: 'kolada', table: 'N02201, N02202, N02274 (derived)' });
    expect(body.commuting.source?.licence).toContain('Kolada');
    for (const id of ['live_and_work', 'commuters_in', 'commuters_out', 'net_commuting'])
      expect(body.commuting.method).toContain(`${id} = `);
  });

  it('says how the commuting counts were obtained in each language, one language each, with their year', () => {
    expect(body.commuting.methodText.sv).toMatch(
      /^Härlett ur Kolada N02201, N02202, N02274 \(2022\): bor och/,
    );
    expect(body.commuting.methodText.en).toMatch(
      /^Derived from Kolada N02201, N02202, N02274 \(2022\): live and/,
    );
    expect(body.commuting.methodText.sv).not.toMatch(/\b(derived|employed|and|from)\b/);
    expect(body.commuting.methodText.en).not.toMatch(/\b(och|bor|härlett|sysselsatta)\b/i);
  });

  it('has peers in its SKR group, its LA region and by similarity', () => {
    expect(body.peers.skrGroup.code).toBe(body.municipality.skrGroupCode);
    expect(body.peers.skrGroup.members.length).toBeGreaterThan(5);
    expect(body.peers.skrGroup.members.map((m) => m.code)).not.toContain('0617');
    expect(body.peers.laRegion.members.map((m) => m.name).sort()).toEqual(['Gislaved', 'Värnamo']);
    const similar = body.peers.similar;
    expect(similar.peers).toHaveLength(5);
    expect(similar.indicators.map((i) => i.id)).toContain('manufacturing_jobs_share');
    const distances = similar.peers.map((p) => p.distance);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    for (const peer of similar.peers) {
      expect(peer.code).not.toBe('0617');
      expect(peer.closestOn).toHaveLength(3);
    }
  });
});

describe('profile options and errors', () => {
  it('similarBy=population_total finds the municipalities closest in size', async () => {
    const { body } = await getJson<ProfileResponse>(
      '/api/municipalities/0617?similarBy=population_total&similarCount=3',
    );
    expect(body.peers.similar.peers).toHaveLength(3);
    const gap = (code: string) =>
      Math.abs(Math.log10(value('population_total', 2024, code)!) - Math.log10(9131));
    const all = Object.keys(
      observations.find((s) => s.indicator === 'population_total' && s.year === 2024)!.municipalities,
    )
      .filter((code) => code !== '0617')
      .sort((a, b) => gap(a) - gap(b));
    expect(body.peers.similar.peers[0]!.code).toBe(all[0]);
    expect(body.peers.similar.peers[0]!.closestOn[0]!.indicator).toBe('population_total');
  });

  it('counts an indicator named twice in similarBy once', async () => {
    const once = await getJson<ProfileResponse>('/api/municipalities/0617?similarBy=population_total');
    const twice = await getJson<ProfileResponse>(
      '/api/municipalities/0617?similarBy=population_total,population_total',
    );
    expect(twice.body.peers.similar).toEqual(once.body.peers.similar);
  });

  it('names an unknown similarBy indicator with 404', async () => {
    const { status, body } = await getJson<ErrorBody>(
      '/api/municipalities/0617?similarBy=population_total,nope_nope',
    );
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'not_found', field: 'similarBy' });
    expect(body.error.message).toContain('nope_nope');
  });

  it('names the parameter once in the message of a malformed list', async () => {
    const { status, body } = await getJson<ErrorBody>(
      '/api/municipalities/0617?similarBy=population_total,,net_commuting',
    );
    expect(status).toBe(400);
    expect(body.error.message).toBe('similarBy: empty item in comma-separated list');
  });

  it.each([
    ['/api/municipalities/9999', 404, 'code'],
    ['/api/municipalities/61', 400, 'code'],
    ['/api/municipalities/0617?similarBy=', 400, 'similarBy'],
    ['/api/municipalities/0617?similarCount=0', 400, 'similarCount'],
  ])('%s -> %i naming %s', async (url, expectedStatus, field) => {
    const { status, body } = await getJson<ErrorBody>(url);
    expect(status).toBe(expectedStatus);
    expect(body.error.field).toBe(field);
  });
});
