import { describe, expect, it } from 'vitest';
import type { ProfileResponse, ValuesResponse } from '../../../data/contract/api';
import { rawKoladaValue } from '../../support/kolada-raw';
import { build, type ErrorBody, getJson } from './app-fixture';

const GNOSJO = '0617';
const profile = (query: string) => getJson<ProfileResponse>(`/api/municipalities/${GNOSJO}?${query}`);
const item = (body: ProfileResponse, id: string) =>
  body.indicators.find((entry) => entry.indicator.id === id);

describe('the profile split by sex (?sex=)', () => {
  it('adds women, men and the derived gap beside the totals for N07907, from the snapshot', async () => {
    const total = item((await profile('indicators=kolada_n07907')).body, 'kolada_n07907');
    expect(total?.sex).toBeUndefined();
    const women = item((await profile('indicators=kolada_n07907&sex=women')).body, 'kolada_n07907');
    const men = item((await profile('indicators=kolada_n07907&sex=men')).body, 'kolada_n07907');
    const gap = item((await profile('indicators=kolada_n07907&sex=gap')).body, 'kolada_n07907');
    const year = women!.sex!.latest!.year;
    const raw = (sex?: 'k' | 'm') => rawKoladaValue('N07907', GNOSJO, year, sex);
    // Totals stay where they were; the view comes beside them.
    expect(women?.latest?.value).toBe(total?.latest?.value);
    expect(women?.sex).toMatchObject({ view: 'women', available: true, derived: false, reason: null });
    expect(women?.sex?.latest?.value).toBe(raw('k'));
    expect(men?.sex?.latest).toMatchObject({ year, value: raw('m') });
    expect(gap?.sex).toMatchObject({ view: 'gap', derived: true, available: true });
    expect(gap?.sex?.latest?.value).toBeCloseTo(raw('k') - raw('m'), 6);
    expect(gap?.sex?.label.en).toMatch(/women minus men.*derived/i);
    expect(gap?.sex?.label.sv).toMatch(/kvinnor minus män.*härledd/i);
    // A gap has no better or worse: no rank. Women's rank is the values answer's rank of women.
    expect(gap?.sex?.latest?.rank).toBeUndefined();
    const values = await getJson<ValuesResponse>(
      `/api/indicators/kolada_n07907/values?year=${year}&sex=women`,
    );
    const ranked = values.body.values.find((row) => row.code === GNOSJO);
    expect(women?.sex?.latest).toMatchObject({ rank: ranked?.rank, n: values.body.n });
    expect(women?.sex?.series.map((point) => point.year)).toContain(year);
  });

  it('marks a KPI without a split as unavailable, never as zero', async () => {
    expect(build.indicatorById.get('kolada_n18905')?.bySex).toBeFalsy();
    const { status, body } = await profile('indicators=kolada_n18905,kolada_n07907&sex=women');
    expect(status).toBe(200);
    const none = item(body, 'kolada_n18905');
    expect(none?.latest).toMatchObject({ year: 2022, value: 28 });
    expect(none?.sex).toMatchObject({ view: 'women', available: false, latest: null, series: [] });
    expect(none?.sex?.reason?.en).toMatch(/no split by sex/i);
    expect(none?.sex?.reason?.sv).toMatch(/ingen uppdelning efter kön/i);
  });

  it('gives the atlas set and a whole Kolada group with the view, each split KPI with its value', async () => {
    const atlas = (await profile('sex=women')).body;
    const population = item(atlas, 'population_total');
    expect(population?.sex?.available).toBe(true);
    expect(population?.sex?.latest?.value).toBe(
      rawKoladaValue('N01951', GNOSJO, population!.sex!.latest!.year, 'k'),
    );
    // The largest group is more than the series cache holds: totals and women must both be there.
    const { status, body } = await profile(`group=${encodeURIComponent('Kommunen, övergripande')}&sex=men`);
    expect(status).toBe(200);
    expect(body.indicators.length).toBe(build.kolada.groups.get('Kommunen, övergripande')!.length);
    const split = body.indicators.filter((entry) => entry.sex?.available);
    expect(split.length).toBeGreaterThan(100);
    expect(split.some((entry) => entry.sex?.latest !== null)).toBe(true);
    expect(body.indicators.filter((entry) => entry.latest !== null).length).toBeGreaterThan(300);
  });

  it('answers a bad view or group with a 400 naming the parameter', async () => {
    const badSex = await getJson<ErrorBody>(`/api/municipalities/${GNOSJO}?sex=total`);
    expect(badSex.status).toBe(400);
    expect(badSex.body.error.field).toBe('sex');
    const badGroup = await getJson<ErrorBody>(`/api/municipalities/${GNOSJO}?group=Nothing%20such&sex=women`);
    expect(badGroup.status).toBe(400);
    expect(badGroup.body.error.field).toBe('group');
  });
});
