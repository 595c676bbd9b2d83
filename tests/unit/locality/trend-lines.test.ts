import { describe, expect, it } from 'vitest';
import type { ProfileIndicatorResponse } from '../../../data/contract/api';
import { missingYears, trendLines, trendView, yearRanges } from '../../../web/locality/sections/trend-lines';
import { rawKoladaSeries } from '../../support/kolada-raw';
import { build, getJson } from '../api/app-fixture';

const detail = async (code: string, id: string, query = '') =>
  (await getJson<ProfileIndicatorResponse>(`/api/municipalities/${code}/indicators/${id}${query}`)).body;
const NAMES = { municipality: 'Gnosjö', county: 'Jönköpings län', nation: 'Riket' };
const definition = build.indicatorById.get('unemployment_18_65');

describe("the trend chart's lines in a sex view", () => {
  it("draws women's N03920 for Gnosjö, the county and Sweden from the answer, not the totals", async () => {
    const women = await detail('0617', 'unemployment_18_65', '?sex=women');
    const lines = trendLines(trendView(women.item), [], definition, NAMES);
    expect(lines.map((line) => line.key)).toEqual(['subject', 'county', 'nation']);
    const valued = (key: string) =>
      lines
        .find((line) => line.key === key)!
        .slots.flatMap((slot) => (slot.value === null ? [] : [[slot.year, slot.value]]));
    expect(valued('subject')).toEqual([...rawKoladaSeries('N03920', '0617', 'k')]);
    expect(valued('county')).toEqual([...rawKoladaSeries('N03920', '06', 'k')]);
    const nation = rawKoladaSeries('N03920', '0', 'k');
    expect(valued('nation')).toEqual([...nation].filter(([year]) => year >= lines[0]!.slots[0]!.year));
    // Sweden's missing years are named with the reason the answer gives.
    const gap = missingYears(trendView(women.item).nationalSeries);
    const first = Math.min(...women.item.sex!.series.map((point) => point.year));
    expect(gap?.years).toBe(`${first}–${Math.min(...nation.keys()) - 1}`);
    expect(gap?.reason.en).toMatch(/Kolada publishes no figure for women in Sweden/);
  });

  it('draws a comparison only in the same view, and the totals where the KPI has no split', async () => {
    const [women, otherTotals, otherWomen, unsplit] = await Promise.all([
      detail('0617', 'unemployment_18_65', '?sex=women'),
      detail('0662', 'unemployment_18_65'),
      detail('0662', 'unemployment_18_65', '?sex=women'),
      detail('0617', 'kolada_n18905', '?sex=women'),
    ]);
    const compare = (item: ProfileIndicatorResponse['item']) => [{ code: '0662', name: 'Gislaved', item }];
    const view = trendView(women.item);
    expect(trendLines(view, compare(otherTotals.item), definition, NAMES).map((l) => l.key)).not.toContain(
      '0662',
    );
    const drawn = trendLines(view, compare(otherWomen.item), definition, NAMES).find((l) => l.key === '0662');
    expect(drawn?.slots.find((slot) => slot.year === 2022)?.value).toBe(
      rawKoladaSeries('N03920', '0662', 'k').get(2022),
    );
    const totals = trendView(unsplit.item);
    expect(totals.sex).toBeUndefined();
    expect(totals.series).toEqual(unsplit.item.series);
  });

  it('writes runs of years as ranges', () => {
    expect(yearRanges([2010, 2011, 2012, 2015])).toBe('2010–2012, 2015');
    expect(yearRanges([])).toBe('');
  });
});
