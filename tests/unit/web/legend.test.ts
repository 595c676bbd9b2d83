import { describe, expect, it } from 'vitest';
import { buildColourScale } from '../../../web/lib/colour-scale';
import { buildLegend } from '../../../web/lib/legend';

describe('buildLegend', () => {
  it('counts municipalities per class and those without data out of 290', () => {
    const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    const scale = buildColourScale({
      values,
      method: 'equal',
      classCount: 3,
      direction: 'neutral',
      scheme: 'viridis',
    });
    const legend = buildLegend(scale, values);
    expect(legend.entries.map((e) => (e.kind === 'range' ? [e.from, e.to, e.count] : null))).toEqual([
      [1, 4, 3],
      [4, 7, 3],
      [7, 10, 4],
    ]);
    expect(legend.withData).toBe(10);
    expect(legend.noData).toBe(280);
  });

  it('lists every category, also one nobody answered, with its count', () => {
    const categories = [
      { value: -1, label: { sv: 'Underskott', en: 'Shortage' } },
      { value: 0, label: { sv: 'Balans', en: 'Balance' } },
      { value: 1, label: { sv: 'Överskott', en: 'Surplus' } },
    ];
    const values = [-1, -1, 0];
    const scale = buildColourScale({
      values,
      method: 'quantile',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
      categories,
    });
    const legend = buildLegend(scale, values);
    expect(legend.entries.map((e) => e.count)).toEqual([2, 1, 0]);
    expect(legend.noData).toBe(287);
  });

  it('draws a gradient for a continuous scale', () => {
    const scale = buildColourScale({
      values: [2, 8],
      method: 'continuous',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
    });
    const legend = buildLegend(scale, [2, 8]);
    expect(legend.entries).toEqual([]);
    expect(legend.gradient?.from).toBe(2);
    expect(legend.gradient?.to).toBe(8);
    expect(legend.gradient?.stops).toHaveLength(5);
  });
});
