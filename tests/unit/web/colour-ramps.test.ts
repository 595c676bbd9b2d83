import { interpolateViridis } from 'd3-scale-chromatic';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COLOUR_RAMPS_FILE, colourRampsSource } from '../../../scripts/generate/colour-ramps';
import { sequentialRamp } from '../../../web/lib/colour-scale';

describe('colour ramps generated from d3-scale-chromatic', () => {
  it('web/lib/colour-ramps.ts is what the generator writes from the library today', async () => {
    expect(readFileSync(COLOUR_RAMPS_FILE, 'utf8')).toBe(await colourRampsSource());
  });

  it('the dashboard picks the same viridis colour as d3 for every position of the ramp', () => {
    const ramp = sequentialRamp('viridis', 'neutral');
    for (let i = 0; i <= 1000; i++) {
      const t = i / 1000;
      // sequentialRamp cuts the light tail at 0.92 of the ramp.
      expect(ramp(t)).toBe(interpolateViridis(t * 0.92));
    }
  });
});
