/**
 * The index worked by hand on five municipalities and four indicators (tests/unit/attractiveness/fixture.ts):
 *
 *   code   x1 (better)  x2 (worse)  x3 (better)  x4 (better)
 *   0001       10           2           1            1
 *   0002       20          10           3            2
 *   0003       30           4           –            3
 *   0004       40           8           7            4
 *   0005       50           6           9          100
 *
 * Pillar p1 = {x1, x2}, pillar p2 = {x3, x4}; every weight 1; a pillar needs 2/3 of its indicators.
 */
import { describe, expect, it } from 'vitest';
import {
  chooseTreatment,
  computeIndex,
  kurtosis,
  normalise,
  skewness,
  treat,
} from '../../../data/attractiveness/model';
import { CODES, fixtureSpec, inputsFrom, RAW } from './fixture';

const close = (actual: readonly (number | null)[], expected: readonly (number | null)[]) => {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => {
    const e = expected[i]!;
    if (e === null || Number.isNaN(e)) expect(a === null || Number.isNaN(a)).toBe(true);
    else expect(a).toBeCloseTo(e, 3);
  });
};
const byCode = <T>(rows: { code: string }[], pick: (row: never) => T) =>
  CODES.map((code) => pick(rows.find((r) => r.code === code) as never));

describe('treatment (COINr rule: |skew| > 2 and kurtosis > 3.5 → winsorise up to 5 points, else log)', () => {
  it('x4 = 1, 2, 3, 4, 100 is skewed: G1 = 2.232 > 2 and G2 = 4.987 > 3.5', () => {
    // mean 22; deviations −21, −20, −19, −18, 78; m2 = 1522, m3 = 88 344, m4 = 7 499 786 (divided by n = 5)
    // g1 = m3 / m2^1.5 = 1.4978; G1 = g1·√(5·4)/3 = 2.2324. g2 = m4/m2² − 3 = 0.2376; G2 = (6·g2 + 6)·4/(3·2) = 4.987
    expect(skewness(RAW.x4 as number[])).toBeCloseTo(2.2324, 3);
    expect(kurtosis(RAW.x4 as number[])).toBeCloseTo(4.987, 2);
  });

  it('winsorising one point (100 → 4, the next highest) passes the rule, so x4 is winsorised once', () => {
    const { treated, report } = treat(RAW.x4 as number[]);
    expect(report.choice).toEqual({ kind: 'winsorised', points: 1, end: 'high' });
    expect(treated).toEqual([1, 2, 3, 4, 4]);
    expect(Math.abs(report.after.skew)).toBeLessThan(2);
  });

  it('x1, x2 and x3 need no treatment', () => {
    for (const id of ['x1', 'x2', 'x3']) {
      const present = RAW[id]!.filter((v): v is number => v !== null);
      expect(chooseTreatment(present)).toEqual({ kind: 'none' });
    }
  });

  it('when five winsorised points are not enough, the log transform log(x − min + a), a = 0.01·(max − min)', () => {
    const fibonacci = [...Array<number>(17).fill(1), 2, 3, 5, 8, 13, 21, 34, 55, 89, 144, 233, 377, 610, 987];
    const values = [...fibonacci, 1597, 2584, 4181, 6765];
    const { treated, report } = treat(values);
    expect(report.choice).toEqual({ kind: 'log', end: 'high' });
    const a = 0.01 * (6765 - 1);
    expect(treated[0]).toBeCloseTo(Math.log(1 - 1 + a), 9);
    expect(treated.at(-1)).toBeCloseTo(Math.log(6765 - 1 + a), 9);
    expect(Math.abs(report.after.skew)).toBeLessThan(Math.abs(report.before.skew));
  });
});

describe('normalisation (direction applied)', () => {
  const column = (id: string) => Float64Array.from(RAW[id]!, (v) => (v === null ? NaN : v));

  it('min-max 0–100: x1 (10..50) → 0, 25, 50, 75, 100', () => {
    close([...normalise(column('x1'), 'minmax', 'better')], [0, 25, 50, 75, 100]);
  });

  it('min-max with "worse": x2 is turned round: (max − x)/(max − min)·100 = 100, 0, 75, 25, 50', () => {
    close([...normalise(column('x2'), 'minmax', 'worse')], [100, 0, 75, 25, 50]);
  });

  it('a missing value stays missing: x3 → 0, 25, –, 75, 100 over the four present', () => {
    close([...normalise(column('x3'), 'minmax', 'better')], [0, 25, NaN, 75, 100]);
  });

  it('z-score: x1 mean 30, population sd √200 = 14.142 → −1.414, −0.707, 0, 0.707, 1.414', () => {
    close([...normalise(column('x1'), 'zscore', 'better')], [-1.4142, -0.7071, 0, 0.7071, 1.4142]);
  });

  it('percentile rank: x3 (1, 3, 7, 9) → 0, 33.3, –, 66.7, 100', () => {
    close([...normalise(column('x3'), 'percentile', 'better')], [0, 33.333, NaN, 66.667, 100]);
  });
});

describe('arithmetic aggregation (default)', () => {
  const result = computeIndex(fixtureSpec(), inputsFrom(RAW));

  it('x4 after winsorising (1, 2, 3, 4, 4) normalises to 0, 33.3, 66.7, 100, 100', () => {
    // p2 for 0002 = (25 + 33.333)/2 = 29.167 shows the treated x4 was used
    close(
      byCode(result.rows, (r: { pillars: Record<string, number | null> }) => r.pillars.p2!),
      [0, 29.1667, null, 87.5, 100],
    );
  });

  it('p1 = (x1 + x2)/2 = 50, 12.5, 62.5, 50, 75', () => {
    close(
      byCode(result.rows, (r: { pillars: Record<string, number | null> }) => r.pillars.p1!),
      [50, 12.5, 62.5, 50, 75],
    );
  });

  it('index = (p1 + p2)/2 = 25, 20.83, –, 68.75, 87.5; 0003 has 1 of 2 p2 indicators (needs 2) so is missing', () => {
    close(
      byCode(result.rows, (r: { index: number | null }) => r.index),
      [25, 20.8333, null, 68.75, 87.5],
    );
    const missing = result.rows.find((r) => r.code === '0003')!;
    expect(missing.missing).toEqual({ pillar: 'p2', has: 1, needs: 2, of: 2 });
    expect(missing.rank).toBeNull();
  });

  it('ranks of the four with an index: 0005 1st, 0004 2nd, 0001 3rd, 0002 4th', () => {
    expect(byCode(result.rows, (r: { rank: number | null }) => r.rank)).toEqual([3, 4, null, 2, 1]);
    expect(result.n).toBe(4);
  });

  it('contributions of 0004: weight ¼ each → 18.75 + 6.25 + 18.75 + 25 = 68.75, the index', () => {
    const row = result.rows.find((r) => r.code === '0004')!;
    expect(row.contributions).toEqual({ x1: 18.75, x2: 6.25, x3: 18.75, x4: 25 });
    expect(result.indicators.map((i) => i.indexWeight)).toEqual([0.25, 0.25, 0.25, 0.25]);
  });

  it('with minPillarShare 0.5, 0003 gets p2 from x4 alone: p2 = 66.67, index = (62.5 + 66.67)/2 = 64.58, 3rd', () => {
    const lenient = computeIndex(fixtureSpec({ method: { minPillarShare: 0.5 } }), inputsFrom(RAW));
    const row = lenient.rows.find((r) => r.code === '0003')!;
    expect(row.pillars.p2).toBeCloseTo(66.6667, 3);
    expect(row.index).toBeCloseTo(64.5833, 3);
    expect(row.rank).toBe(3); // after 0005 (87.5) and 0004 (68.75)
  });

  it('pillar weights 3:1 give p1 three quarters: 0002 → 0.75·12.5 + 0.25·29.17 = 16.67', () => {
    const weighted = computeIndex(fixtureSpec({ weights: { p1: 3, p2: 1 } }), inputsFrom(RAW));
    expect(weighted.rows.find((r) => r.code === '0002')!.index).toBeCloseTo(16.6667, 3);
    expect(weighted.pillars.map((p) => p.weight)).toEqual([0.75, 0.25]);
  });
});

describe('geometric aggregation (scores mapped to 1..100 first, so no zero)', () => {
  const result = computeIndex(fixtureSpec({ method: { aggregation: 'geometric' } }), inputsFrom(RAW));

  it("1 + 0.99·s: 0001's scores 0, 100, 0, 0 become 1, 100, 1, 1 → index (1·100·1·1)^¼ = 3.162", () => {
    expect(result.rows.find((r) => r.code === '0001')!.index).toBeCloseTo(3.1623, 3);
  });

  it('0002: (25.75·1·25.75·34)^¼ = 12.254; 0004: (75.25·25.75·75.25·100)^¼ = 61.794; 0005: (100·50.5·100·100)^¼ = 84.299', () => {
    close(
      byCode(result.rows, (r: { index: number | null }) => r.index),
      [3.1623, 12.2537, null, 61.7942, 84.2991],
    );
  });

  it('the unbalanced 0001 drops below 0002 (it was above under the arithmetic mean)', () => {
    expect(byCode(result.rows, (r: { rank: number | null }) => r.rank)).toEqual([4, 3, null, 2, 1]);
  });

  it('contributions add up to the index', () => {
    for (const row of result.rows.filter((r) => r.index !== null)) {
      const sum = Object.values(row.contributions).reduce<number>((a, b) => a + (b ?? 0), 0);
      expect(sum).toBeCloseTo(row.index!, 9);
    }
  });
});
