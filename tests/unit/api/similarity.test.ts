import { describe, expect, it } from 'vitest';
import { mostSimilar, standardise } from '../../../api/services/similarity';

const column = (id: string, entries: Record<string, number>, logScale = false) => ({
  id,
  z: standardise(new Map(Object.entries(entries)), logScale),
});

describe('standardise', () => {
  it('turns values into z-scores with mean 0 and standard deviation 1', () => {
    const z = standardise(
      new Map([
        ['a', 1],
        ['b', 3],
      ]),
      false,
    );
    expect(z.get('a')).toBe(-1);
    expect(z.get('b')).toBe(1);
  });
  it('compares counts on log10 so a tenfold difference counts the same at any size', () => {
    const z = standardise(
      new Map([
        ['a', 1000],
        ['b', 10000],
        ['c', 100000],
      ]),
      true,
    );
    expect(z.get('b')! - z.get('a')!).toBeCloseTo(z.get('c')! - z.get('b')!, 10);
  });
  it('drops an indicator without spread', () => {
    expect(
      standardise(
        new Map([
          ['a', 2],
          ['b', 2],
        ]),
        false,
      ).size,
    ).toBe(0);
  });
});

describe('mostSimilar', () => {
  const columns = [
    column('size', { t: 10, near: 11, far: 40, mid: 20 }),
    column('industry', { t: 30, near: 31, far: 5, mid: 29 }),
  ];

  it('orders peers by Euclidean distance over z-scores and never lists the target itself', () => {
    const peers = mostSimilar('t', columns, ['t', 'near', 'far', 'mid'], 3);
    expect(peers.map((p) => p.code)).toEqual(['near', 'mid', 'far']);
    expect(peers[0]!.distance).toBeLessThan(peers[1]!.distance);
  });

  it('computes the distance from the standardised differences', () => {
    const [near] = mostSimilar('t', columns, ['near'], 1);
    const dSize = columns[0]!.z.get('near')! - columns[0]!.z.get('t')!;
    const dIndustry = columns[1]!.z.get('near')! - columns[1]!.z.get('t')!;
    expect(near!.distance).toBeCloseTo(Math.hypot(dSize, dIndustry), 3);
  });

  it('names the indicator on which a peer is closest first', () => {
    const [mid] = mostSimilar('t', columns, ['mid'], 1);
    expect(mid!.closestOn[0]!.indicator).toBe('industry');
    expect(mid!.closestOn.map((c) => c.indicator)).toEqual(['industry', 'size']);
  });

  it('scales up a pair compared on fewer indicators and skips pairs sharing fewer than half', () => {
    const sparse = [
      column('a', { t: 0, p: 1, q: 1, r: 5 }),
      column('b', { t: 0, p: 1, r: 5 }),
      column('c', { t: 0, r: 5, s: 3 }),
    ];
    const peers = mostSimilar('t', sparse, ['p', 'q'], 5);
    expect(peers.map((p) => p.code)).toEqual(['p']);
    const dA = sparse[0]!.z.get('p')! - sparse[0]!.z.get('t')!;
    const dB = sparse[1]!.z.get('p')! - sparse[1]!.z.get('t')!;
    expect(peers[0]!.distance).toBeCloseTo(Math.sqrt(((dA ** 2 + dB ** 2) * 3) / 2), 3);
  });

  it('returns no peers when the target lacks most indicators', () => {
    expect(mostSimilar('x', columns, ['near'], 5)).toEqual([]);
  });
});
