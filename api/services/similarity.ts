import { mean, safeScale, standardDeviation } from './statistics';

/** One indicator's values as z-scores: (x - mean) / sd over every municipality with a value. */
export type StandardisedColumn = { id: string; z: ReadonlyMap<string, number> };

/**
 * Standardises one indicator. Counts spanning orders of magnitude (population) are compared on log10, so that
 * 9,000 vs 12,000 inhabitants is a difference and Stockholm does not squeeze everyone else together. An indicator
 * with no spread carries no information and yields an empty column.
 *
 * @example standardise(new Map([['a', 1], ['b', 3]]), false).get('b') // 1
 */
export function standardise(values: ReadonlyMap<string, number>, logScale: boolean): Map<string, number> {
  const transformed = [...values.entries()].map(
    ([code, value]) => [code, logScale ? Math.log10(value) : value] as const,
  );
  if (transformed.length < 2) return new Map();
  // z-scores do not change with the scale; huge values are scaled down so (value - centre) cannot overflow.
  const scale = safeScale(transformed.map(([, value]) => value));
  const numbers = transformed.map(([, value]) => value / scale);
  const centre = mean(numbers);
  const spread = standardDeviation(numbers);
  if (!(spread > 0)) return new Map();
  return new Map(transformed.map(([code, value]) => [code, (value / scale - centre) / spread]));
}

export interface SimilarMunicipality {
  code: string;
  distance: number;
  closestOn: { indicator: string; difference: number }[];
}

/**
 * The municipalities closest to the target by Euclidean distance over standardised indicators. Indicators one of
 * the pair lacks are left out and the sum is scaled up by K / (indicators compared), so a gap neither helps nor
 * hurts; pairs sharing fewer than half the indicators are not compared. `closestOn` lists the indicators with the
 * smallest differences: what makes the peer similar.
 */
export function mostSimilar(
  target: string,
  columns: readonly StandardisedColumn[],
  candidates: readonly string[],
  count: number,
  reasons = 3,
): SimilarMunicipality[] {
  const usable = columns.filter((column) => column.z.has(target));
  const minimumShared = Math.ceil(columns.length / 2);
  if (usable.length < minimumShared || usable.length === 0) return [];
  const results: SimilarMunicipality[] = [];
  for (const code of candidates) {
    if (code === target) continue;
    const differences: { indicator: string; difference: number }[] = [];
    for (const column of usable) {
      const other = column.z.get(code);
      if (other !== undefined)
        differences.push({ indicator: column.id, difference: other - column.z.get(target)! });
    }
    if (differences.length < minimumShared) continue;
    const sumOfSquares = differences.reduce((sum, d) => sum + d.difference ** 2, 0);
    const distance = Math.sqrt((sumOfSquares * columns.length) / differences.length);
    const closestOn = [...differences]
      .sort((a, b) => Math.abs(a.difference) - Math.abs(b.difference))
      .slice(0, reasons)
      .map((d) => ({ indicator: d.indicator, difference: Math.round(d.difference * 1000) / 1000 }));
    results.push({ code, distance: Math.round(distance * 1000) / 1000, closestOn });
  }
  return results.sort((a, b) => a.distance - b.distance || a.code.localeCompare(b.code)).slice(0, count);
}
