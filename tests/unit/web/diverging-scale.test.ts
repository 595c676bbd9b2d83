import { schemePuOr } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { colourOf } from '../../../web/lib/colour-scale';
import { divergingScale } from '../../../web/lib/diverging-scale';

describe('diverging scale for the gap women − men', () => {
  it('is centred on 0 with equal classes up to the largest absolute value', () => {
    const scale = divergingScale([-2, 1, 3]);
    expect(scale).toEqual({ kind: 'classes', bounds: [-3, -2, -1, 0, 1, 2, 3], colours: schemePuOr[6] });
  });

  it('puts negative and positive values on opposite hues, whichever side is wider', () => {
    const scale = divergingScale([-11.6, 0.4, 2]);
    expect(colourOf(scale, -11.6)).toBe(schemePuOr[6]![0]);
    expect(colourOf(scale, -0.1)).toBe(schemePuOr[6]![2]);
    expect(colourOf(scale, 0.4)).toBe(schemePuOr[6]![3]);
    expect(colourOf(scale, 2)).toBe(schemePuOr[6]![3]);
  });

  it('has no colour without values, and one neutral class when every gap is 0', () => {
    expect(divergingScale([])).toEqual({ kind: 'empty' });
    expect(divergingScale([0, 0])).toEqual({ kind: 'classes', bounds: [0, 0], colours: [schemePuOr[6]![3]] });
  });
});
