import type { Direction } from '../../data/contract';
import { classBounds, classIndex, type ClassificationMethod } from './classification';
import { CIVIDIS, PUOR, VIRIDIS } from './colour-ramps';

export const SCHEMES = ['viridis', 'cividis'] as const;
export type SchemeName = (typeof SCHEMES)[number];

/** d3-scale-chromatic's colours, generated into colour-ramps.ts (the library stays off the first-map path). */
const unpack = (packed: string) => (packed.match(/.{6}/g) ?? []).map((hex) => `#${hex}`);
/** A sampled ramp read the way d3 reads viridis: `t` in [0, 1] picks one of the samples. */
const sampled = (packed: string) => {
  const colours = unpack(packed);
  return (t: number) => colours[Math.max(0, Math.min(colours.length - 1, Math.floor(t * colours.length)))]!;
};
const INTERPOLATORS: Record<SchemeName, (t: number) => string> = {
  viridis: sampled(VIRIDIS),
  cividis: sampled(CIVIDIS),
};

/** d3's `schemePuOr[n]` for n in 3..11 (the same colours, from colour-ramps.ts). */
export function schemePuOr(n: number): string[] {
  return unpack(PUOR[n] ?? '');
}
/** Grey that no scheme above produces, so "no data" never reads as a low value. */
export const NO_DATA_COLOUR = '#d9d9d9';

export interface CategoryDefinition {
  value: number;
  label: { sv: string; en: string };
}

export type ColourScale =
  | { kind: 'classes'; bounds: number[]; colours: string[] }
  | { kind: 'continuous'; min: number; max: number; ramp: (t: number) => string }
  | { kind: 'categories'; categories: (CategoryDefinition & { colour: string })[] }
  | { kind: 'empty' };

export interface ScaleRequest {
  values: readonly number[];
  method: ClassificationMethod;
  classCount: number;
  direction: Direction;
  scheme: SchemeName;
  categories?: CategoryDefinition[] | undefined;
}

/**
 * Sample a sequential ramp. Lower values sit at the dark end; for "higher is worse" the ramp is reversed so the
 * end that means "favourable" looks the same across indicators. The very light tail is cut so every class stays
 * visible against the light background and the grey "no data" swatch.
 * @example sequentialRamp('viridis', 'neutral')(0) // "#440154"
 */
export function sequentialRamp(scheme: SchemeName, direction: Direction): (t: number) => string {
  const interpolate = INTERPOLATORS[scheme];
  const span = (t: number) => interpolate(Math.min(1, Math.max(0, t)) * 0.92);
  return direction === 'higher_is_worse' ? (t) => span(1 - t) : span;
}

/** Colour-blind-safe diverging palette (PuOr) for ordered categories such as shortage / balance / surplus. */
export function categoryColours(count: number): string[] {
  if (count <= 0) return [];
  const scheme = schemePuOr(Math.max(3, Math.min(11, count)));
  if (count >= 3) return [...scheme];
  return count === 1 ? [scheme[1]!] : [scheme[0]!, scheme[2]!];
}

export function buildColourScale(request: ScaleRequest): ColourScale {
  if (request.categories && request.categories.length > 0) {
    const ordered = [...request.categories].sort((a, b) => a.value - b.value);
    const colours = categoryColours(ordered.length);
    return { kind: 'categories', categories: ordered.map((c, i) => ({ ...c, colour: colours[i]! })) };
  }
  const bounds = classBounds(request.values, request.method, request.classCount);
  if (bounds.length === 0) return { kind: 'empty' };
  const ramp = sequentialRamp(request.scheme, request.direction);
  if (request.method === 'continuous') return { kind: 'continuous', min: bounds[0]!, max: bounds[1]!, ramp };
  const classes = bounds.length - 1;
  const colours = Array.from({ length: classes }, (_, i) => ramp(classes === 1 ? 0.5 : i / (classes - 1)));
  return { kind: 'classes', bounds, colours };
}

/** The fill for one value, or null when the scale has no colour for it (missing value or unknown category). */
export function colourOf(scale: ColourScale, value: number | undefined): string | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  switch (scale.kind) {
    case 'empty':
      return null;
    case 'categories':
      return scale.categories.find((c) => c.value === value)?.colour ?? null;
    case 'continuous':
      return scale.ramp(scale.max === scale.min ? 0.5 : (value - scale.min) / (scale.max - scale.min));
    case 'classes':
      return scale.colours[classIndex(value, scale.bounds)] ?? null;
    default: {
      const unknown: never = scale;
      throw new Error(`unknown scale ${JSON.stringify(unknown)}`);
    }
  }
}
