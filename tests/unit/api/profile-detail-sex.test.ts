import { describe, expect, it } from 'vitest';
import type { ProfileIndicatorResponse, SexAggregateFigure } from '../../../data/contract/api';
import { rawKoladaSeries } from '../../support/kolada-raw';
import { build, getJson, type ErrorBody } from './app-fixture';

const GNOSJO = '0617';
const JONKOPING_COUNTY = '06';
const detail = async (id: string, query = '') => {
  const { status, body } = await getJson<ProfileIndicatorResponse>(
    `/api/municipalities/${GNOSJO}/indicators/${id}${query}`,
  );
  expect(status).toBe(200);
  return body.item;
};
/** A figure's value as the chart reads it: null where the figure is unavailable. */
const values = (figures: readonly SexAggregateFigure[]) => figures.map((figure) => figure.value);

describe('GET /api/municipalities/:code/indicators/:id?sex= (the trend chart by sex)', () => {
  // N03920 unemployment 18-65: Kolada splits it by sex for municipalities and counties from 2010, Sweden from 2016.
  const id = 'unemployment_18_65';
  const raw = (geo: string, gender: 'k' | 'm') => rawKoladaSeries('N03920', geo, gender);

  it("gives women's series of every year for Gnosjö, Jönköping county and Sweden, as Kolada's rows", async () => {
    expect(build.indicatorById.get(id)?.kpi).toBe('N03920');
    const { sex } = await detail(id, '?sex=women');
    const gnosjo = raw(GNOSJO, 'k');
    expect(gnosjo.size).toBeGreaterThanOrEqual(13);
    expect(sex).toMatchObject({ view: 'women', available: true, derived: false, reason: null });
    expect(sex!.series.map((point) => [point.year, point.value])).toEqual([...gnosjo]);
    const years = sex!.series.map((point) => point.year);
    expect(sex!.countySeries.map((figure) => figure.year)).toEqual(years);
    expect(values(sex!.countySeries)).toEqual(years.map((year) => raw(JONKOPING_COUNTY, 'k').get(year)));
    expect(sex!.countySeries.every((figure) => figure.method === 'published')).toBe(true);
    // Sweden's rows for women start later than the municipalities': before that, missing with the reason.
    const nation = raw('0', 'k');
    expect(values(sex!.nationalSeries)).toEqual(years.map((year) => nation.get(year) ?? null));
    const missing = sex!.nationalSeries.filter((figure) => !nation.has(figure.year));
    expect(missing.length).toBeGreaterThan(0);
    for (const figure of missing) {
      expect(figure).toMatchObject({ value: null, method: 'unavailable', derived: false });
      expect(figure.methodText.sv).toMatch(/Kolada publicerar inget värde för kvinnor i riket år \d{4}/);
      expect(figure.methodText.en).toMatch(/Kolada publishes no figure for women in Sweden in \d{4}/);
    }
    expect(sex!.latest?.source.table).toContain('N03920');
  });

  it("gives men's series from the men's rows", async () => {
    const { sex } = await detail(id, '?sex=men');
    expect(sex!.series.map((point) => [point.year, point.value])).toEqual([...raw(GNOSJO, 'm')]);
    const years = sex!.series.map((point) => point.year);
    expect(values(sex!.countySeries)).toEqual(years.map((year) => raw(JONKOPING_COUNTY, 'm').get(year)));
    expect(values(sex!.nationalSeries)).toEqual(years.map((year) => raw('0', 'm').get(year) ?? null));
  });

  it('gives the gap as women minus men of each year, derived, and missing where one half is', async () => {
    const { sex } = await detail(id, '?sex=gap');
    expect(sex).toMatchObject({ view: 'gap', available: true, derived: true });
    const gapOf = (geo: string, year: number) => {
      const women = raw(geo, 'k').get(year);
      const men = raw(geo, 'm').get(year);
      return women === undefined || men === undefined ? null : women - men;
    };
    for (const point of sex!.series) expect(point.value).toBeCloseTo(gapOf(GNOSJO, point.year)!, 6);
    for (const [index, point] of sex!.series.entries()) {
      const county = sex!.countySeries[index]!;
      const nation = sex!.nationalSeries[index]!;
      expect(county.derived && nation.derived).toBe(true);
      expect(county.value).toBeCloseTo(gapOf(JONKOPING_COUNTY, point.year)!, 6);
      const expected = gapOf('0', point.year);
      if (expected === null) {
        expect(nation).toMatchObject({ value: null, method: 'unavailable' });
        expect(nation.methodText.en).toMatch(/^no gap: the figure for women is missing/);
      } else {
        expect(nation.value).toBeCloseTo(expected, 6);
        expect(nation.methodText.sv).toMatch(/härledd av atlasen: kvinnors värde .* minus mäns/);
      }
    }
    expect(sex!.latest?.rank).toBeUndefined();
  });

  it('keeps the totals of the answer as they are without ?sex=', async () => {
    const totals = await detail(id);
    expect(totals.sex).toBeUndefined();
    const { sex, ...rest } = await detail(id, '?sex=women');
    expect(sex).toBeDefined();
    expect(rest).toEqual(totals);
  });

  it("N02274 live-and-work share: no county or national row for women, so each year's figure says why", async () => {
    const { sex } = await detail('live_and_work_share', '?sex=women');
    expect(sex!.series.map((point) => [point.year, point.value])).toEqual([
      ...rawKoladaSeries('N02274', GNOSJO, 'k'),
    ]);
    expect(rawKoladaSeries('N02274', '0', 'k').size).toBe(0);
    expect(sex!.nationalSeries.length).toBe(sex!.series.length);
    for (const figure of [...sex!.countySeries, ...sex!.nationalSeries]) {
      expect(figure).toMatchObject({ value: null, method: 'unavailable' });
      expect(figure.methodText.en).toMatch(/weight for women that Kolada does not name/);
    }
  });

  it('answers a KPI without a split with an explicit flag, the totals unchanged, never zeros', async () => {
    expect(build.indicatorById.get('kolada_n18905')?.bySex).toBeFalsy();
    const item = await detail('kolada_n18905', '?sex=men');
    expect(item.series.find((point) => point.year === 2022)?.value).toBe(28);
    expect(item.sex).toMatchObject({
      view: 'men',
      available: false,
      latest: null,
      series: [],
      countySeries: [],
      nationalSeries: [],
    });
    expect(item.sex?.reason?.en).toMatch(/no split by sex/i);
    expect(item.sex?.reason?.sv).toMatch(/ingen uppdelning efter kön/i);
  });

  it('answers an unknown view with a 400 naming sex', async () => {
    for (const bad of ['total', 'female', '']) {
      const { status, body } = await getJson<ErrorBody>(
        `/api/municipalities/${GNOSJO}/indicators/${id}?sex=${bad}`,
      );
      expect(status).toBe(400);
      expect(body.error.field).toBe('sex');
    }
  });
});
