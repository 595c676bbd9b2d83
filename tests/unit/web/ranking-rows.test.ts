import { describe, expect, it } from 'vitest';
import type { ValuesResponse } from '../../../data/contract/api';
import { rankingRows, sortRows } from '../../../web/planner/ranking-rows';

const values = {
  year: 2024,
  n: 3,
  values: [
    { code: '0617', name: 'Gnosjö', value: 2.1, rank: 2, percentile: 50 },
    { code: '0114', name: 'Upplands Väsby', value: 3.4, rank: 3, percentile: 0 },
    { code: '2580', name: 'Luleå', value: 1.7, rank: 1, percentile: 100 },
  ],
  missing: ['0180'],
} as unknown as ValuesResponse;
const counties = new Map([
  ['0617', 'Jönköpings län'],
  ['0114', 'Stockholms län'],
  ['2580', 'Norrbottens län'],
  ['0180', 'Stockholms län'],
]);
const names = new Map([['0180', 'Stockholm']]);

describe('ranking rows', () => {
  const rows = rankingRows(values, counties, names);

  it('lists municipalities without a value as missing, never as 0', () => {
    expect(rows.find((r) => r.code === '0180')).toEqual({
      code: '0180',
      name: 'Stockholm',
      county: 'Stockholms län',
      value: null,
      rank: null,
    });
  });

  it('sorts by rank and by value in both directions, missing last either way', () => {
    expect(sortRows(rows, { column: 'rank', ascending: true }, 'sv').map((r) => r.code)).toEqual([
      '2580',
      '0617',
      '0114',
      '0180',
    ]);
    expect(sortRows(rows, { column: 'value', ascending: false }, 'sv').map((r) => r.code)).toEqual([
      '0114',
      '0617',
      '2580',
      '0180',
    ]);
  });

  it('sorts names by Swedish collation', () => {
    const swedish = sortRows(rows, { column: 'name', ascending: true }, 'sv').map((r) => r.name);
    expect(swedish).toEqual(['Gnosjö', 'Luleå', 'Stockholm', 'Upplands Väsby']);
  });
});
