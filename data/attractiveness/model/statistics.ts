/** Sample statistics the treatment rule needs, as COINr computes them (e1071 type 2, as Excel's SKEW and KURT). */

export function mean(values: readonly number[]): number {
  let sum = 0;
  for (const v of values) sum += v;
  return sum / values.length;
}

function centralMoments(values: readonly number[]): { m2: number; m3: number; m4: number } {
  const mu = mean(values);
  let m2 = 0;
  let m3 = 0;
  let m4 = 0;
  for (const v of values) {
    const d = v - mu;
    const d2 = d * d;
    m2 += d2;
    m3 += d2 * d;
    m4 += d2 * d2;
  }
  const n = values.length;
  return { m2: m2 / n, m3: m3 / n, m4: m4 / n };
}

/**
 * Adjusted sample skewness G1 = g1·√(n(n−1))/(n−2), g1 = m3/m2^1.5; 0 for fewer than 3 values or no spread.
 * @example skewness([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) // ≈ 3.04
 */
export function skewness(values: readonly number[]): number {
  const n = values.length;
  if (n < 3) return 0;
  const { m2, m3 } = centralMoments(values);
  if (m2 === 0) return 0;
  return (m3 / m2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
}

/**
 * Adjusted sample excess kurtosis G2 = ((n+1)·g2 + 6)·(n−1)/((n−2)(n−3)), g2 = m4/m2² − 3; 0 below 4 values.
 * @example kurtosis([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30, 100]) // ≈ 9.7
 */
export function kurtosis(values: readonly number[]): number {
  const n = values.length;
  if (n < 4) return 0;
  const { m2, m4 } = centralMoments(values);
  if (m2 === 0) return 0;
  const g2 = m4 / (m2 * m2) - 3;
  return (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3));
}

/**
 * Skewness and kurtosis from one pass over the moments (the treatment rule needs both, before and after): the
 * same arithmetic as skewness() and kurtosis(), so the same figures, for a third of the work.
 */
export function shapeOf(values: readonly number[]): { skew: number; kurtosis: number } {
  const n = values.length;
  if (n < 3) return { skew: 0, kurtosis: 0 };
  const { m2, m3, m4 } = centralMoments(values);
  if (m2 === 0) return { skew: 0, kurtosis: 0 };
  const skew = (m3 / m2 ** 1.5) * (Math.sqrt(n * (n - 1)) / (n - 2));
  if (n < 4) return { skew, kurtosis: 0 };
  const g2 = m4 / (m2 * m2) - 3;
  return { skew, kurtosis: (((n + 1) * g2 + 6) * (n - 1)) / ((n - 2) * (n - 3)) };
}

/** Nearest-rank quantile of sorted values (q in 0..1): always one of the values, so ranks stay whole. */
export function nearestRank(sorted: ArrayLike<number>, q: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[index]!;
}
