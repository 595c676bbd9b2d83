/**
 * Statistics that stay finite for any finite input: a value near the largest double (an import of 1e308) must
 * not overflow a sum or a midpoint to Infinity and break the answer for everyone.
 */

/**
 * Median of the values (the midpoint of the two middle ones for an even count); null for no values.
 *
 * @example median([3, 1, 2]) // 2
 * @example median([4, 1, 3, 2]) // 2.5
 * @example median([1e308, 1.5e308]) // 1.25e308, not Infinity
 */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : sorted[middle - 1]! / 2 + sorted[middle]! / 2;
}

/** Each value divided by n before adding: no partial sum can exceed the largest value. */
export function mean(values: readonly number[]): number {
  const n = values.length;
  return values.reduce((sum, value) => sum + value / n, 0);
}

/** Population standard deviation, computed on values scaled to at most 1 so the squares cannot overflow. */
export function standardDeviation(values: readonly number[]): number {
  const scale = Math.max(0, ...values.map(Math.abs));
  if (scale === 0 || !Number.isFinite(scale)) return scale === 0 ? 0 : NaN;
  const scaled = values.map((value) => value / scale);
  const centre = mean(scaled);
  return scale * Math.sqrt(mean(scaled.map((value) => (value - centre) ** 2)));
}
