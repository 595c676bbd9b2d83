import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Indicator } from '../../../data/contract';
import type {
  HealthResponse,
  ProfileIndicatorResponse,
  ProfileResponse,
  ValuesResponse,
} from '../../../data/contract/api';
import { RAW_DIR } from '../../support/paths';
import { buildFile, getJson } from './app-fixture';

/** A value straight from the snapshot's Kolada file (geo as Kolada writes it: 0, 06, 0617). */
function rawKolada(kpi: string, geo: string, year: number): number | undefined {
  const file = path.join(
    RAW_DIR,
    'kolada',
    'datapoints--by--geo--year',
    `ddf--datapoints--${kpi.toLowerCase()}--by--geo--year.csv`,
  );
  const line = readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .find((row) => row.startsWith(`${geo},${year},`));
  return line === undefined ? undefined : Number(line.split(',')[2]);
}
const catalogue = buildFile<Indicator[]>('indicators.json');
const indicator = (id: string) => catalogue.find((entry) => entry.id === id)!;
const profileOf = async (code: string) =>
  (await getJson<ProfileResponse>(`/api/municipalities/${code}`)).body;

describe('data truth, fixed in the rules (issue 11 §5)', () => {
  it('health gives Kolada its real last data year, 2022, and names the indicator that reaches further', async () => {
    const { body } = await getJson<HealthResponse>('/api/health');
    expect(body.vintage.kolada).toBe(2022);
    // N03937 open unemployment travels in the SCB file to 2024, cited as Kolada.
    expect(body.vintageAhead.kolada).toContainEqual({ indicator: 'open_unemployment_18_65', year: 2024 });
    expect(body.vintage['scb-population']).toBe(2024);
  });

  it('reported crimes N07540: no computed county figure, with the reason; the national figure is the published one', async () => {
    expect(indicator('reported_crimes_per_100000').countyRule).toMatchObject({ kind: 'unavailable' });
    const { body } = await getJson<ValuesResponse>(
      '/api/indicators/reported_crimes_per_100000/values?year=2022',
    );
    expect(body.national).toMatchObject({ method: 'published', value: rawKolada('N07540', '0', 2022) });
    const gnosjo = (await profileOf('0617')).indicators.find(
      (i) => i.indicator.id === 'reported_crimes_per_100000',
    )!;
    expect(gnosjo.county).toMatchObject({ value: null, method: 'unavailable' });
    expect(gnosjo.county!.methodText.en).toContain('no known location');
    expect(gnosjo.county!.methodText.sv).toContain('brottsplats');
  });

  it('N03920 and N03926 say the ages they covered up to and including 2022 (18-64, 25-64)', () => {
    const unemployment = indicator('unemployment_18_65');
    expect(unemployment.coverage.latestYear).toBe(2022);
    expect(unemployment.title.sv).toContain('18-64 år');
    expect(unemployment.title.sv).not.toContain('18-65');
    expect(unemployment.title.en).toContain('18-64');
    expect(unemployment.caveat!.en).toContain('Up to and including 2022 the figures cover ages 18-64');
    expect(unemployment.caveat!.sv).toContain('Till och med 2022 avser värdena åldrarna 18-64 år');
    const longTerm = indicator('long_term_unemployment_25_65');
    expect(longTerm.title.sv).toContain('25-64 år');
    expect(longTerm.title.en).toContain('25-64');
  });

  it("county population uses and labels Kolada's published county row in the years Kolada has one", async () => {
    const population = (
      await getJson<ProfileIndicatorResponse>('/api/municipalities/0617/indicators/population_total')
    ).body.item;
    const county2020 = population.countySeries.find((figure) => figure.year === 2020)!;
    expect(county2020).toMatchObject({ method: 'published', value: rawKolada('N01951', '06', 2020) });
    expect(county2020.methodText.en).toContain('N01951');
    // After Kolada's last year the county figure is the atlas's sum, and says so.
    const county2024 = population.countySeries.find((figure) => figure.year === 2024)!;
    expect(county2024.method).toBe('sum');
  });

  it('the housing-market balance is counted by category, not ranked as a number', async () => {
    const { body } = await getJson<ValuesResponse>('/api/indicators/housing_market_balance/values');
    expect(body.ranking.order).toBe('none');
    expect(body.values.every((value) => value.rank === undefined && value.percentile === undefined)).toBe(
      true,
    );
    const counts = body.categories!;
    expect(counts.map((category) => category.value)).toEqual([-1, 0, 1]);
    expect(counts.reduce((total, category) => total + category.count, 0)).toBe(body.n);
    const shortage = body.values.filter((value) => value.value === -1).length;
    expect(counts[0]!.count).toBe(shortage);
  });

  it('the municipal tax rate is neutral (rank 1 = highest, never "best") with the Gotland caveat', async () => {
    const tax = indicator('municipal_tax_rate');
    expect(tax.direction).toBe('neutral');
    expect(tax.caveat!.en).toContain('Gotland');
    expect(tax.caveat!.en).toContain('regional tax');
    expect(tax.caveat!.sv).toContain('regionskatten');
    const { body } = await getJson<ValuesResponse>('/api/indicators/municipal_tax_rate/values');
    expect(body.ranking.order).toBe('highest_first');
    expect(body.ranking.text.en).toContain('not best');
    const highest = Math.max(...body.values.map((value) => value.value));
    expect(body.values[0]).toMatchObject({ rank: 1, value: highest });
  });
});
