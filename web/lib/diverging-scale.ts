import { schemePuOr, type ColourScale } from './colour-scale';

/** Classes of a diverging scale: an even number, so 0 is a class bound and never sits inside a class. */
export const DIVERGING_CLASS_COUNT = 6;

/**
 * A colour-blind-safe diverging scale (PuOr) centred on 0, for differences such as women − men: equal classes on
 * both sides up to the largest absolute value, purple below 0 and orange above, so the sign reads from the hue
 * whatever the spread. Without values the scale is empty; when every value is 0 it is one neutral class.
 * @example divergingScale([-2, 1, 3]) // { kind: 'classes', bounds: [-3, -2, -1, 0, 1, 2, 3], colours: [6 of PuOr] }
 */
export function divergingScale(values: readonly number[], classCount = DIVERGING_CLASS_COUNT): ColourScale {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { kind: 'empty' };
  const reach = Math.max(...finite.map(Math.abs));
  const half = Math.max(1, Math.floor(classCount / 2));
  const scheme = schemePuOr(Math.min(11, Math.max(3, half * 2)));
  if (reach === 0) return { kind: 'classes', bounds: [0, 0], colours: [scheme[half] ?? '#f7f7f7'] };
  const step = reach / half;
  const bounds = Array.from({ length: half * 2 + 1 }, (_, i) => (i === half ? 0 : (i - half) * step));
  bounds[0] = -reach;
  bounds[half * 2] = reach;
  return { kind: 'classes', bounds, colours: [...scheme].slice(0, half * 2) };
}
