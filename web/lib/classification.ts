import { ckmeans } from 'simple-statistics';

export const CLASSIFICATION_METHODS = ['quantile', 'equal', 'ckmeans', 'continuous'] as const;
export type ClassificationMethod = (typeof CLASSIFICATION_METHODS)[number];
export const DEFAULT_CLASS_COUNT = 5;

export function isClassificationMethod(value: string): value is ClassificationMethod {
  return (CLASSIFICATION_METHODS as readonly string[]).includes(value);
}

/**
 * Class bounds for a set of values: `[min, b1, ..., max]`, so class i covers `[bounds[i], bounds[i + 1])` and the
 * last class also includes the maximum. Bounds are strictly ascending except that the last class may be just the
 * maximum (`[..., max, max]`). Thresholds are data values, so no class boundary falls between two equal values.
 * Fewer classes than asked for come back when the data has fewer distinct values; "continuous" gives `[min, max]`.
 * @example classBounds([1, 2, 3, 4], 'equal', 3) // [1, 2, 3, 4]
 */
export function classBounds(
  values: readonly number[],
  method: ClassificationMethod,
  classCount: number,
): number[] {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return [];
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  if (min === max) return [min, max];
  const k = Math.max(1, Math.floor(classCount));
  switch (method) {
    case 'continuous':
      return [min, max];
    case 'equal':
      return withEnds(
        min,
        Array.from({ length: k - 1 }, (_, i) => min + ((max - min) * (i + 1)) / k),
        max,
      );
    case 'quantile':
      return withEnds(
        min,
        Array.from({ length: k - 1 }, (_, i) => sorted[Math.floor(((i + 1) * sorted.length) / k)]!),
        max,
      );
    case 'ckmeans':
      return naturalBreaks(sorted, k);
    default: {
      const unknown: never = method;
      throw new Error(`unknown classification ${String(unknown)}`);
    }
  }
}

function naturalBreaks(sorted: number[], k: number): number[] {
  const distinct = new Set(sorted).size;
  const clusters = ckmeans(sorted, Math.min(k, distinct));
  const starts = clusters.map((cluster) => cluster[0]!);
  return withEnds(starts[0]!, starts.slice(1), sorted[sorted.length - 1]!);
}

function withEnds(min: number, thresholds: number[], max: number): number[] {
  const bounds = [min];
  for (const t of thresholds) if (t > bounds[bounds.length - 1]! && t <= max) bounds.push(t);
  bounds.push(max);
  return bounds;
}

/**
 * Which class a value falls in (0-based); values outside the range clamp to the first or last class.
 * @example classIndex(3.5, [1, 2, 3, 4]) // 2
 */
export function classIndex(value: number, bounds: readonly number[]): number {
  const classes = Math.max(1, bounds.length - 1);
  let index = 0;
  for (let i = 1; i < classes; i++) if (value >= bounds[i]!) index = i;
  return index;
}
