import type { IndexResult } from '../../../data/contract';
import { buildColourScale, colourOf } from '../../lib/colour-scale';
import { buildLegend, type Legend } from '../../lib/legend';

/**
 * A continuous colour-blind-safe ramp over the index range, so every change of weight shows as a change of
 * colour while a slider moves; missing municipalities get no colour (drawn as no data).
 */
export function indexFills(result: IndexResult): { fills: Map<string, string>; legend: Legend } {
  const values = result.rows.flatMap((r) => (r.index === null ? [] : [r.index]));
  const scale = buildColourScale({
    values,
    method: 'continuous',
    classCount: 5,
    direction: 'higher_is_better',
    scheme: 'viridis',
  });
  const fills = new Map<string, string>();
  for (const row of result.rows) {
    const colour = row.index === null ? null : colourOf(scale, row.index);
    if (colour) fills.set(row.code, colour);
  }
  return { fills, legend: buildLegend(scale, values) };
}
