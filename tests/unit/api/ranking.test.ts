import { describe, expect, it } from 'vitest';
import { rankValues } from '../../../api/services/ranking';
import { median } from '../../../api/services/statistics';

const values = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('rankValues', () => {
  it('ranks the highest first when higher is better, ties sharing the best rank (1224)', () => {
    const ranks = rankValues(values({ a: 3, b: 5, c: 5, d: 1 }), 'higher_is_better');
    expect(ranks.get('b')).toEqual({ rank: 1, percentile: 83.3 });
    expect(ranks.get('c')).toEqual({ rank: 1, percentile: 83.3 });
    expect(ranks.get('a')).toEqual({ rank: 3, percentile: 33.3 });
    expect(ranks.get('d')).toEqual({ rank: 4, percentile: 0 });
  });

  it('ranks the lowest first when higher is worse (e.g. unemployment)', () => {
    const ranks = rankValues(values({ a: 7.5, b: 2.1, c: 4 }), 'higher_is_worse');
    expect([...ranks.entries()].map(([code, r]) => [code, r.rank])).toEqual([
      ['b', 1],
      ['c', 2],
      ['a', 3],
    ]);
    expect(ranks.get('b')!.percentile).toBe(100);
    expect(ranks.get('a')!.percentile).toBe(0);
  });

  it('ranks neutral indicators highest first', () => {
    const ranks = rankValues(values({ small: 2500, large: 980000 }), 'neutral');
    expect(ranks.get('large')!.rank).toBe(1);
    expect(ranks.get('small')!.rank).toBe(2);
  });

  it('puts everyone at rank 1 and percentile 50 when all values are equal', () => {
    const ranks = rankValues(values({ a: 1, b: 1, c: 1 }), 'higher_is_better');
    expect([...ranks.values()]).toEqual([
      { rank: 1, percentile: 50 },
      { rank: 1, percentile: 50 },
      { rank: 1, percentile: 50 },
    ]);
  });

  it('gives a single municipality rank 1 of 1 at percentile 100, and nothing for no data', () => {
    expect(rankValues(values({ only: 4 }), 'higher_is_worse').get('only')).toEqual({
      rank: 1,
      percentile: 100,
    });
    expect(rankValues(new Map(), 'neutral').size).toBe(0);
  });
});

describe('median', () => {
  it('takes the middle value of an odd count and the mean of the middle two of an even count', () => {
    expect(median([9, 1, 5])).toBe(5);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([-2.5])).toBe(-2.5);
  });
  it('is null without values (missing, not zero)', () => {
    expect(median([])).toBeNull();
  });
});
