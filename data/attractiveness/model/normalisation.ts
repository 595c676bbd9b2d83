import type { IndexDirection, IndexNormalisation } from '../../contract/attractiveness';

/**
 * Normalise one indicator's treated values (NaN = missing, kept missing), with the index direction applied:
 * for "worse" the scale is turned round so a high score is always favourable.
 * - minmax: 100·(x − min)/(max − min); all equal gives 50 everywhere.
 * - zscore: (x − mean)/sd (population sd); all equal gives 0.
 * - percentile: 100·(values below + (ties − 1)/2)/(n − 1), the mid-rank; one value gives 50.
 * @example normalise(Float64Array.of(1, 2, 3), 'minmax', 'worse') // [100, 50, 0]
 */
export function normalise(
  values: Float64Array,
  method: IndexNormalisation,
  direction: IndexDirection,
): Float64Array {
  const sign = direction === 'better' ? 1 : -1;
  const present: number[] = [];
  for (const v of values) if (!Number.isNaN(v)) present.push(sign * v);
  const out = new Float64Array(values.length).fill(NaN);
  if (present.length === 0) return out;
  switch (method) {
    case 'minmax': {
      const min = Math.min(...present);
      const range = Math.max(...present) - min;
      values.forEach((v, i) => {
        if (!Number.isNaN(v)) out[i] = range === 0 ? 50 : (100 * (sign * v - min)) / range;
      });
      return out;
    }
    case 'zscore': {
      const mu = present.reduce((a, b) => a + b, 0) / present.length;
      const sd = Math.sqrt(present.reduce((a, b) => a + (b - mu) ** 2, 0) / present.length);
      values.forEach((v, i) => {
        if (!Number.isNaN(v)) out[i] = sd === 0 ? 0 : (sign * v - mu) / sd;
      });
      return out;
    }
    case 'percentile': {
      const sorted = [...present].sort((a, b) => a - b);
      const n = sorted.length;
      values.forEach((v, i) => {
        if (Number.isNaN(v)) return;
        const x = sign * v;
        const below = lowerBound(sorted, x);
        const ties = lowerBound(sorted, x, true) - below;
        out[i] = n === 1 ? 50 : (100 * (below + (ties - 1) / 2)) / (n - 1);
      });
      return out;
    }
    default: {
      const unknown: never = method;
      throw new Error(`unknown normalisation ${String(unknown)}`);
    }
  }
}

/** First index whose value is >= x (or > x when `after`). */
function lowerBound(sorted: readonly number[], x: number, after = false): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (after ? sorted[mid]! <= x : sorted[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The geometric mean needs positive scores: normalised scores are mapped linearly onto 1..100 (COINr's advice),
 * so a worst value counts as 1, not 0, and never zeroes a whole pillar. All equal gives 50.5.
 */
export function toGeometricRange(scores: Float64Array): Float64Array {
  let min = Infinity;
  let max = -Infinity;
  for (const v of scores) {
    if (Number.isNaN(v)) continue;
    if (v < min) min = v;
    if (v > max) max = v;
  }
  const range = max - min;
  return scores.map((v) => (Number.isNaN(v) ? NaN : range === 0 ? 50.5 : 1 + (99 * (v - min)) / range));
}
