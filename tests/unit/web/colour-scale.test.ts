import { describe, expect, it } from 'vitest';
import {
  NO_DATA_COLOUR,
  buildColourScale,
  categoryColours,
  colourOf,
  sequentialRamp,
} from '../../../web/lib/colour-scale';

const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

describe('buildColourScale', () => {
  it('gives one distinct colour per quantile class', () => {
    const scale = buildColourScale({
      values,
      method: 'quantile',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
    });
    expect(scale.kind).toBe('classes');
    if (scale.kind !== 'classes') return;
    expect(scale.colours).toHaveLength(5);
    expect(new Set(scale.colours).size).toBe(5);
    expect(scale.colours).not.toContain(NO_DATA_COLOUR);
  });

  it('reverses the ramp when a higher value is worse', () => {
    const request = { values, method: 'equal' as const, classCount: 4, scheme: 'cividis' as const };
    const better = buildColourScale({ ...request, direction: 'higher_is_better' });
    const worse = buildColourScale({ ...request, direction: 'higher_is_worse' });
    if (better.kind !== 'classes' || worse.kind !== 'classes') throw new Error('expected classes');
    expect(worse.colours).toEqual([...better.colours].reverse());
  });

  it('colours categories with a diverging palette in category order', () => {
    const categories = [
      { value: 1, label: { sv: 'Överskott', en: 'Surplus' } },
      { value: -1, label: { sv: 'Underskott', en: 'Shortage' } },
      { value: 0, label: { sv: 'Balans', en: 'Balance' } },
    ];
    const scale = buildColourScale({
      values: [-1, 0, 1],
      method: 'quantile',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
      categories,
    });
    if (scale.kind !== 'categories') throw new Error('expected categories');
    expect(scale.categories.map((c) => c.value)).toEqual([-1, 0, 1]);
    expect(colourOf(scale, -1)).toBe(categoryColours(3)[0]);
    expect(colourOf(scale, 7)).toBeNull();
  });

  it('interpolates continuous scales between min and max', () => {
    const scale = buildColourScale({
      values,
      method: 'continuous',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
    });
    const ramp = sequentialRamp('viridis', 'neutral');
    expect(colourOf(scale, 1)).toBe(ramp(0));
    expect(colourOf(scale, 10)).toBe(ramp(1));
  });

  it('has no colour for a missing value and an empty scale for no data', () => {
    const scale = buildColourScale({
      values: [],
      method: 'quantile',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
    });
    expect(scale.kind).toBe('empty');
    expect(colourOf(scale, 3)).toBeNull();
    const full = buildColourScale({
      values,
      method: 'quantile',
      classCount: 5,
      direction: 'neutral',
      scheme: 'viridis',
    });
    expect(colourOf(full, undefined)).toBeNull();
    expect(colourOf(full, Number.NaN)).toBeNull();
  });
});
