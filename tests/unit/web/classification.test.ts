import { describe, expect, it } from 'vitest';
import { classBounds, classIndex } from '../../../web/lib/classification';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('classBounds', () => {
  it('splits equal intervals between min and max', () => {
    expect(classBounds(values, 'equal', 3)).toEqual([1, 4, 7, 10]);
  });

  it('puts roughly the same number of values in each quantile class', () => {
    const bounds = classBounds(values, 'quantile', 5);
    expect(bounds[0]).toBe(1);
    expect(bounds.at(-1)).toBe(10);
    const counts = [0, 0, 0, 0, 0];
    for (const v of values) counts[classIndex(v, bounds)]! += 1;
    expect(counts).toEqual([2, 2, 2, 2, 2]);
  });

  it('finds natural breaks between clearly separated groups (ckmeans)', () => {
    const grouped = [1, 1.1, 1.2, 10, 10.5, 11, 50, 52];
    expect(classBounds(grouped, 'ckmeans', 3)).toEqual([1, 10, 50, 52]);
    expect(classBounds([1, 2, 9], 'ckmeans', 2)).toEqual([1, 9, 9]);
  });

  it('gives one range for continuous scales', () => {
    expect(classBounds([5, 3, 9], 'continuous', 5)).toEqual([3, 9]);
  });

  it('returns fewer classes when the data has fewer distinct values', () => {
    const bounds = classBounds([0, 0, 0, 1, 1], 'quantile', 5);
    expect(bounds).toEqual([0, 1, 1]);
    expect(classIndex(0, bounds)).toBe(0);
    expect(classIndex(1, bounds)).toBe(1);
    expect(classBounds([2, 2, 2], 'ckmeans', 5)).toEqual([2, 2]);
  });

  it('ignores non-finite values and returns nothing for no data', () => {
    expect(classBounds([], 'quantile', 5)).toEqual([]);
    expect(classBounds([Number.NaN, 4, 8], 'equal', 2)).toEqual([4, 6, 8]);
  });

  it('returns ascending bounds where only the last class may be the maximum alone', () => {
    const skewed = [0, 0, 0, 0, 0, 0, 0, 1, 2, 100];
    for (const method of ['quantile', 'equal', 'ckmeans'] as const) {
      const bounds = classBounds(skewed, method, 5);
      expect(bounds[0]).toBe(0);
      expect(bounds.at(-1)).toBe(100);
      for (let i = 1; i < bounds.length - 1; i++) expect(bounds[i]!).toBeGreaterThan(bounds[i - 1]!);
    }
  });
});

describe('classIndex', () => {
  const bounds = [0, 10, 20, 30];
  it('places a value in the class whose lower bound it reaches', () => {
    expect(classIndex(0, bounds)).toBe(0);
    expect(classIndex(9.99, bounds)).toBe(0);
    expect(classIndex(10, bounds)).toBe(1);
    expect(classIndex(30, bounds)).toBe(2);
  });
  it('clamps values outside the range', () => {
    expect(classIndex(-5, bounds)).toBe(0);
    expect(classIndex(99, bounds)).toBe(2);
  });
});
