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

/** The plain mean; when the sum overflows, each value is divided by n first (no partial sum then overflows). */
export function mean(values: readonly number[]): number {
  const n = values.length;
  const plain = values.reduce((sum, value) => sum + value, 0) / n;
  return Number.isFinite(plain) ? plain : values.reduce((sum, value) => sum + value / n, 0);
}

/**
 * Values so large that their squares or differences could overflow get a scale to divide by; ordinary figures
 * are left as they are (scale 1), so their results do not change in the last digits.
 */
export function safeScale(values: readonly number[]): number {
  const largest = values.reduce((max, value) => Math.max(max, Math.abs(value)), 0);
  return largest > 1e150 ? largest : 1;
}

/** Population standard deviation, on scaled values when they are large enough to overflow the squares. */
export function standardDeviation(values: readonly number[]): number {
  const scale = safeScale(values);
  const scaled = scale === 1 ? values : values.map((value) => value / scale);
  const centre = mean(scaled);
  return scale * Math.sqrt(mean(scaled.map((value) => (value - centre) ** 2)));
}
