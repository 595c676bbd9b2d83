import { describe, expect, it } from 'vitest';
import type {
  IndicatorDetailsResponse,
  IndicatorsResponse,
  ProfileResponse,
  SlimCatalogueResponse,
  ValuesResponse,
} from '../../../data/contract/api';
import { rawKoladaValue } from '../../support/kolada-raw';
import { type ErrorBody, getJson } from './app-fixture';

const rawValue = rawKoladaValue;

const values = (id: string, query: string) =>
  getJson<ValuesResponse>(`/api/indicators/${id}/values?${query}`);

describe('KPIs outside the atlas set, from the Parquet build', () => {
  it('N18905 komvux vocational students: Gnosjö 2022 = 28, Sweden 2022 = 44,100 (published)', async () => {
    const { status, body } = await values('kolada_n18905', 'year=2022');
    expect(status).toBe(200);
    expect(body.values.find((v) => v.code === '0617')?.value).toBe(28);
    expect(body.national).toMatchObject({ year: 2022, value: 44100, method: 'published' });
    expect(body.source).toMatchObject({ id: 'kolada', table: 'N18905' });
    expect(body.indicator).toMatchObject({ unit: 'count', direction: 'neutral', theme: 'skills' });
  });

  it.each(['N11800', 'N01004', 'N07907', 'N17453', 'N18905'])(
    "%s: Gnosjö's 2022 value and rank match the snapshot file",
    async (kpi) => {
      const { status, body } = await values(`kolada_${kpi.toLowerCase()}`, 'year=2022');
      expect(status).toBe(200);
      const gnosjo = body.values.find((v) => v.code === '0617');
      if (body.missing.includes('0617')) expect(gnosjo).toBeUndefined();
      else {
        expect(gnosjo?.value).toBe(rawValue(kpi, '0617', 2022));
        expect(gnosjo?.rank).toBe(1 + body.values.filter((v) => v.value > gnosjo!.value).length);
      }
      expect(body.national.value).toBe(rawValue(kpi, '0', 2022));
      expect(body.n + body.missing.length).toBe(290);
    },
  );

  it('the KPI rule id of an atlas-set KPI is an alias of the curated indicator', async () => {
    const { status, body } = await values('kolada_n01951', 'year=2022');
    expect(status).toBe(200);
    expect(body.indicator.id).toBe('population_total');
    const details = await getJson<IndicatorDetailsResponse>('/api/indicators/population_total');
    expect(details.body.aliases).toContain('kolada_n01951');
  });
});

describe('the split by sex', () => {
  it('N07907 overcrowding: women, men and the gap for Gnosjö 2022 are the snapshot figures', async () => {
    const women = await values('kolada_n07907', 'year=2022&sex=women');
    const men = await values('kolada_n07907', 'year=2022&sex=men');
    const gap = await values('kolada_n07907', 'year=2022&sex=gap');
    const at = (body: ValuesResponse) => body.values.find((v) => v.code === '0617')?.value;
    expect(women.body.sex).toBe('women');
    expect(at(women.body)).toBe(rawValue('N07907', '0617', 2022, 'k'));
    expect(at(men.body)).toBe(rawValue('N07907', '0617', 2022, 'm'));
    expect(at(gap.body)).toBeCloseTo(
      rawValue('N07907', '0617', 2022, 'k') - rawValue('N07907', '0617', 2022, 'm'),
      6,
    );
    expect(women.body.national.value).toBe(rawValue('N07907', '0', 2022, 'k'));
    const total = await values('kolada_n07907', 'year=2022');
    expect(at(total.body)).toBe(rawValue('N07907', '0617', 2022));
  });

  it('a CSV download of a sex view says which view it is', async () => {
    const res = await (
      await import('./app-fixture')
    ).app.request('/api/indicators/kolada_n07907/values?year=2022&sex=women&format=csv-sv');
    expect(res.headers.get('content-disposition')).toContain('kolada_n07907-2022-women-sv.csv');
    const text = await res.text();
    expect(text.split('\r\n')[0]).toMatch(/;sex$/);
    expect(text).toContain('0617;Gnosjö;kolada_n07907;2022;27,723971;');
  });

  it('a KPI Kolada does not split answers 400 naming the parameter', async () => {
    const { status, body } = await getJson<ErrorBody>('/api/indicators/kolada_n18905/values?sex=men');
    expect(status).toBe(400);
    expect(body.error.field).toBe('sex');
  });
});

describe('GET /api/indicators?q= and the slim catalogue', () => {
  it('finds förskola with or without the ö, every match naming it, ranked', async () => {
    const exact = await getJson<IndicatorsResponse>('/api/indicators?q=förskola&limit=500');
    const folded = await getJson<IndicatorsResponse>('/api/indicators?q=FORSKOLA&limit=500');
    expect(exact.status).toBe(200);
    expect(exact.body.total).toBeGreaterThan(20);
    expect(folded.body.total).toBe(exact.body.total);
    const ids = exact.body.matches!.map((m) => m.id);
    expect(ids).toContain('kolada_n11800');
    const scores = exact.body.matches!.filter((m) => !m.atlasSet).map((m) => m.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by Kolada group and by theme, atlas set first', async () => {
    const group = await getJson<IndicatorsResponse>('/api/indicators?group=Vuxenutbildning&limit=500');
    expect(group.body.matches!.length).toBeGreaterThan(30);
    expect(group.body.matches!.every((m) => m.groups.includes('Vuxenutbildning'))).toBe(true);
    const theme = await getJson<IndicatorsResponse>('/api/indicators?theme=population&q=invånare&limit=500');
    const flags = theme.body.matches!.map((m) => m.atlasSet);
    expect(flags.indexOf(false)).toBeGreaterThan(0);
    expect(flags.slice(flags.indexOf(false))).not.toContain(true);
    expect(theme.body.matches!.every((m) => m.theme === 'population')).toBe(true);
  });

  it('the slim catalogue lists every indicator once, atlas set first, without descriptions', async () => {
    const { body, res } = await getJson<SlimCatalogueResponse>('/api/indicators/catalogue');
    const ids = body.indicators.map((line) => line.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(1950);
    expect(body.indicators.findIndex((line) => !line.atlasSet)).toBe(
      body.indicators.filter((line) => line.atlasSet).length,
    );
    expect(body.indicators.filter((line) => line.bySex).length).toBeGreaterThan(900);
    expect(body.indicators.some((line) => 'descriptionSv' in line || 'description' in line)).toBe(false);
    expect(Number(res.headers.get('content-length') ?? 0)).toBeLessThan(1_000_000);
  });
});

describe('the profile by Kolada group', () => {
  it('defaults to the atlas set and gives one group on request, with Gnosjö figures from the snapshot', async () => {
    const base = await getJson<ProfileResponse>('/api/municipalities/0617');
    expect(base.body.indicators.every((entry) => !entry.indicator.id.startsWith('kolada_'))).toBe(true);
    const { status, body } = await getJson<ProfileResponse>('/api/municipalities/0617?group=Vuxenutbildning');
    expect(status).toBe(200);
    const komvux = body.indicators.find((entry) => entry.indicator.id === 'kolada_n18905');
    expect(komvux?.latest).toMatchObject({ year: 2022, value: 28 });
    expect(komvux?.county).toMatchObject({ value: rawValue('N18905', '06', 2022), method: 'published' });
    const unknown = await getJson<ErrorBody>('/api/municipalities/0617?group=Nothing%20such');
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.field).toBe('group');
  });

  it('compares similarity over KPIs outside the atlas set', async () => {
    const { status, body } = await getJson<ProfileResponse>(
      '/api/municipalities/0617?similarBy=kolada_n18905,kolada_n11800',
    );
    expect(status).toBe(200);
    expect(body.peers.similar.indicators.map((i) => i.id)).toEqual(['kolada_n18905', 'kolada_n11800']);
  });
});
