import { describe, expect, it } from 'vitest';
import type { ProfileIndicator, ValuesResponse } from '../../../data/contract/api';
import { getJoinedProfile, getJson } from './app-fixture';

/** Gnosjö's profile entries for these indicators, and the values answer of the same indicator-year. */
async function gnosjo(id: string): Promise<{ entry: ProfileIndicator; values: ValuesResponse }> {
  const profile = await getJoinedProfile(`/api/municipalities/0617?indicators=${id}`);
  const entry = profile.indicators.find((item) => item.indicator.id === id)!;
  expect(entry.latest).not.toBeNull();
  const values = await getJson<ValuesResponse>(`/api/indicators/${id}/values?year=${entry.latest!.year}`);
  expect(values.status).toBe(200);
  return { entry, values: values.body };
}

describe('the profile reads ranks as the values answer does (issue 11 §5)', () => {
  it('housing-market balance: categories and counts for the year, no rank and no percentile', async () => {
    const { entry, values } = await gnosjo('housing_market_balance');
    const latest = entry.latest!;
    expect(latest.rank).toBeUndefined();
    expect(latest.percentile).toBeUndefined();
    expect(latest.ranking).toEqual(values.ranking);
    expect(latest.ranking.order).toBe('none');
    expect(latest.categories).toEqual(values.categories);
    expect(latest.categories!.map((category) => category.value)).toEqual([-1, 0, 1]);
    expect(latest.categories!.reduce((sum, category) => sum + category.count, 0)).toBe(latest.n);
    const answer = values.values.find((value) => value.code === '0617')!.value;
    expect(latest.value).toBe(answer);
    expect(latest.categories!.find((category) => category.value === answer)!.count).toBeGreaterThan(0);
  });

  it('municipal tax rate (neutral): rank 1 = highest, the same rank as the values answer, no percentile', async () => {
    const { entry, values } = await gnosjo('municipal_tax_rate');
    const latest = entry.latest!;
    expect(entry.indicator.direction).toBe('neutral');
    expect(latest.ranking.order).toBe('highest_first');
    expect(latest.ranking.text.en).toContain('not best');
    expect(latest.ranking.text.sv).toContain('inte bäst');
    expect(latest.rank).toBe(values.values.find((value) => value.code === '0617')!.rank);
    const higher = values.values.filter((value) => value.value > latest.value).length;
    expect(latest.rank).toBe(higher + 1);
    expect(latest.percentile).toBeUndefined();
    expect(latest.categories).toBeUndefined();
  });

  it('a Kolada KPI outside the atlas set (N18905 komvux vocational students, neutral): Gnosjö 2022 = 28, ranked highest first', async () => {
    const { entry, values } = await gnosjo('kolada_n18905');
    const latest = entry.latest!;
    expect(latest).toMatchObject({ year: 2022, value: 28, n: values.n });
    expect(latest.ranking.order).toBe('highest_first');
    expect(latest.rank).toBe(values.values.find((value) => value.code === '0617')!.rank);
    expect(latest.percentile).toBeUndefined();
  });

  it('a Kolada yes/no KPI (N05405, Ja=1, Nej=0) is counted by answer, not ranked', async () => {
    const { entry, values } = await gnosjo('kolada_n05405');
    const latest = entry.latest!;
    expect(latest.rank).toBeUndefined();
    expect(latest.percentile).toBeUndefined();
    expect(latest.categories!.map((category) => [category.value, category.label.sv])).toEqual([
      [0, 'Nej'],
      [1, 'Ja'],
    ]);
    expect(latest.categories).toEqual(values.categories);
  });

  it('an indicator with a direction keeps its rank and its percentile (100 = best)', async () => {
    const { entry, values } = await gnosjo('median_household_disposable_income');
    const latest = entry.latest!;
    const own = values.values.find((value) => value.code === '0617')!;
    expect(latest.ranking.order).toBe('by_direction');
    expect(latest).toMatchObject({ rank: own.rank, percentile: own.percentile });
  });
});
