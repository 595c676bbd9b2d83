import type { IndexResult } from '../../data/contract';
import { buildColourScale, colourOf } from '../lib/colour-scale';
import { buildLegend, type Legend } from '../lib/legend';

/**
 * A continuous colour-blind-safe ramp over the index range, so every change of weight shows as a change of
 * colour while a slider moves; missing municipalities (NaN) get no colour (drawn as no data).
 */
export function indexValueFills(
  codes: readonly string[],
  index: ArrayLike<number>,
): { fills: Map<string, string>; legend: Legend } {
  const values: number[] = [];
  for (let m = 0; m < codes.length; m += 1) if (index[m] === index[m]) values.push(index[m]!);
  const scale = buildColourScale({
    values,
    method: 'continuous',
    classCount: 5,
    direction: 'higher_is_better',
    scheme: 'viridis',
  });
  const fills = new Map<string, string>();
  for (let m = 0; m < codes.length; m += 1) {
    const colour = colourOf(scale, index[m]);
    if (colour) fills.set(codes[m]!, colour);
  }
  return { fills, legend: buildLegend(scale, values) };
}

/** The same fills for a computed result (the small multiples). */
export function indexFills(result: IndexResult): { fills: Map<string, string>; legend: Legend } {
  return indexValueFills(
    result.rows.map((r) => r.code),
    result.rows.map((r) => r.index ?? NaN),
  );
}
