import type { Direction } from '../../data/contract';

export interface Ranking {
  rank: number;
  percentile: number;
}

/**
 * Competition ranking ("1224"): rank 1 is the best value by the indicator's direction (the highest for neutral
 * indicators); tied values share the best rank of their group. Percentile 100 = best, 0 = worst; a tied group gets
 * the mid-point of the places it occupies, so N equal values all sit at 50.
 *
 * @example rankValues(new Map([['a', 3], ['b', 5], ['c', 5]]), 'higher_is_better')
 *   // b and c: rank 1, percentile 75; a: rank 3, percentile 0
 */
export function rankValues(values: ReadonlyMap<string, number>, direction: Direction): Map<string, Ranking> {
  const sign = direction === 'higher_is_worse' ? 1 : -1;
  const entries = [...values.entries()].sort((a, b) => sign * (a[1] - b[1]));
  const n = entries.length;
  const result = new Map<string, Ranking>();
  let start = 0;
  while (start < n) {
    let end = start;
    while (end + 1 < n && entries[end + 1]![1] === entries[start]![1]) end += 1;
    const rank = start + 1;
    const worse = n - 1 - end;
    const tiedOthers = end - start;
    const percentile = n === 1 ? 100 : (100 * (worse + tiedOthers / 2)) / (n - 1);
    for (let i = start; i <= end; i += 1)
      result.set(entries[i]![0], { rank, percentile: round(percentile, 1) });
    start = end + 1;
  }
  return result;
}

/** Rounds to `decimals`; a value too large to scale (beyond 1e302) has no decimals to round and is kept. */
export function round(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  const scaled = value * factor;
  return Number.isFinite(scaled) ? Math.round(scaled) / factor : value;
}
