import { describe, expect, it } from 'vitest';
import type { ObservationFile } from '../../../data/contract';
import type {
  ProfileIndicatorResponse,
  ProfileResponse,
  ProfileSeriesResponse,
} from '../../../data/contract/api';
import { profileToFigureRows } from '../../../web/locality/export/profile-figures';
import type { JoinedProfile } from '../../../web/data/profile-join';
import { buildFile, getJoinedProfile, getJson, type ErrorBody } from './app-fixture';

const observations = buildFile<ObservationFile>('observations.json');
const profile = await getJson<ProfileResponse>('/api/municipalities/0617');
const detailOf = async (id: string, code = '0617') => {
  const { status, body } = await getJson<ProfileIndicatorResponse>(
    `/api/municipalities/${code}/indicators/${id}`,
  );
  expect(status).toBe(200);
  return body;
};
const details = await Promise.all(profile.body.indicators.map((entry) => detailOf(entry.indicator.id)));
const joined = await getJoinedProfile('/api/municipalities/0617');
const series = (await getJson<ProfileSeriesResponse>('/api/municipalities/0617/series')).body.series;

describe("the profile's default answer stays small (issue 11 §3)", () => {
  it('carries each figure once: no per-year county or national figures, at most two method texts per indicator', () => {
    const raw = JSON.stringify(profile.body);
    expect(raw).not.toContain('"countySeries"');
    expect(raw).not.toContain('"nationalSeries"');
    // One county and one national figure per indicator, each with its method in words.
    expect(raw.split('"methodText"').length - 1).toBeLessThanOrEqual(2 * profile.body.indicators.length);
    // It was 856 KB when every year's county and national figure repeated its method text.
    expect(Buffer.byteLength(raw)).toBeLessThan(250_000);
  });
});

describe('GET /api/municipalities/:code/indicators/:id (one indicator in detail)', () => {
  it("gives every figure of the profile's entry and of its series, unchanged, for each atlas indicator", () => {
    for (const [index, entry] of joined.indicators.entries()) {
      const { countySeries, nationalSeries, series: points, ...figures } = details[index]!.item;
      expect(figures).toEqual(entry);
      expect(points).toEqual(series[index]!.points);
      expect(countySeries.map((f) => f.year)).toEqual(points.map((p) => p.year));
      expect(nationalSeries.map((f) => f.year)).toEqual(points.map((p) => p.year));
    }
  });

  it("gives the county's and the nation's figure of every year as the build holds them", () => {
    for (const { item } of details) {
      for (const [index, point] of item.series.entries()) {
        const series = observations.find((s) => s.indicator === item.indicator.id && s.year === point.year)!;
        expect(item.countySeries[index]!.value).toBe(series.counties.values['06'] ?? null);
        expect(item.nationalSeries[index]!.value).toBe(series.national.value);
        if (item.nationalSeries[index]!.value !== null)
          expect(item.nationalSeries[index]!.method).toBe(series.national.method);
        // A figure that is missing says why, in both languages.
        for (const figure of [item.countySeries[index]!, item.nationalSeries[index]!])
          expect(figure.methodText.sv.length * figure.methodText.en.length).toBeGreaterThan(0);
      }
    }
  });

  it('names the municipality and its county for the chart legend', async () => {
    const { municipality, buildId } = await detailOf('employment_rate_20_64');
    expect(municipality).toEqual({
      code: '0617',
      name: 'Gnosjö',
      countyCode: '06',
      countyName: 'Jönköpings län',
    });
    expect(buildId).toBe(profile.body.buildId);
  });

  it('answers for a Kolada KPI outside the atlas set: N18905 komvux vocational students, Gnosjö and Sweden 2022', async () => {
    const { item } = await detailOf('kolada_n18905');
    expect(item.series.find((p) => p.year === 2022)?.value).toBe(28);
    expect(item.nationalSeries.find((f) => f.year === 2022)?.value).toBe(44100);
    expect(item.latest?.source.table).toContain('N18905');
  });

  it.each([
    ['/api/municipalities/0617/indicators/nope_nope', 404, 'id'],
    ['/api/municipalities/9999/indicators/population_total', 404, 'code'],
    ['/api/municipalities/0617/indicators/Bad-Id', 400, 'id'],
  ])('%s -> %i naming %s', async (url, expectedStatus, field) => {
    const { status, body } = await getJson<ErrorBody>(url);
    expect(status).toBe(expectedStatus);
    expect(body.error.field).toBe(field);
  });
});

describe('the locality downloads from the slim profile', () => {
  it('hold every figure they held when the profile carried every year in detail', () => {
    const full: JoinedProfile = { ...joined, indicators: details.map((detail) => detail.item) };
    for (const lang of ['sv', 'en'] as const) {
      const rows = profileToFigureRows(joined, new Map(), lang);
      expect(rows).toEqual(profileToFigureRows(full, new Map(), lang));
      expect(rows).toHaveLength(profile.body.indicators.length);
    }
    const population = profileToFigureRows(joined, new Map(), 'sv').find(
      (row) => row.indicator === 'population_total',
    );
    expect(population).toMatchObject({
      year: 2024,
      value: 9131,
      national_value: 10587710,
      national_year: 2024,
    });
    expect(population?.table).toContain('BE0101');
  });
});
