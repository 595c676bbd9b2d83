import { classIndex } from './classification';
import type { ColourScale } from './colour-scale';

export const MUNICIPALITY_COUNT = 290;

export type LegendEntry =
  | { kind: 'range'; colour: string; from: number; to: number; count: number; last: boolean }
  | { kind: 'category'; colour: string; value: number; label: { sv: string; en: string }; count: number };

export interface Legend {
  entries: LegendEntry[];
  /** For continuous scales: the ramp's ends, drawn as a gradient. */
  gradient: { from: number; to: number; stops: string[] } | null;
  withData: number;
  noData: number;
}

/**
 * Legend rows for a colour scale: one per class or category with how many municipalities fall in it, plus the
 * count without data out of all 290 (missing values are counted, never treated as zero).
 * @example buildLegend(scale, [1, 2, 3]).noData // 287
 */
export function buildLegend(
  scale: ColourScale,
  values: readonly number[],
  total = MUNICIPALITY_COUNT,
): Legend {
  const finite = values.filter(Number.isFinite);
  const base = { withData: finite.length, noData: Math.max(0, total - finite.length) };
  switch (scale.kind) {
    case 'empty':
      return { entries: [], gradient: null, ...base };
    case 'continuous':
      return {
        entries: [],
        gradient: { from: scale.min, to: scale.max, stops: [0, 0.25, 0.5, 0.75, 1].map(scale.ramp) },
        ...base,
      };
    case 'categories':
      return {
        entries: scale.categories.map((c) => ({
          kind: 'category' as const,
          colour: c.colour,
          value: c.value,
          label: c.label,
          count: finite.filter((v) => v === c.value).length,
        })),
        gradient: null,
        ...base,
      };
    case 'classes': {
      const counts = scale.colours.map(() => 0);
      for (const value of finite) counts[classIndex(value, scale.bounds)]! += 1;
      return {
        entries: scale.colours.map((colour, i) => ({
          kind: 'range' as const,
          colour,
          from: scale.bounds[i]!,
          to: scale.bounds[i + 1]!,
          count: counts[i]!,
          last: i === scale.colours.length - 1,
        })),
        gradient: null,
        ...base,
      };
    }
    default: {
      const unknown: never = scale;
      throw new Error(`unknown scale ${JSON.stringify(unknown)}`);
    }
  }
}
