import { validateStyleMin, type StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LOCALITY_SOURCES, boundsAround, localityLayers } from '../../../web/map/locality-layers';

describe('locality mini map style', () => {
  it('is a valid offline MapLibre style (no glyphs, sprites or tiles needed)', () => {
    const style: StyleSpecification = {
      version: 8,
      sources: Object.fromEntries(
        Object.values(LOCALITY_SOURCES).map((id) => [
          id,
          { type: 'geojson' as const, data: { type: 'FeatureCollection' as const, features: [] } },
        ]),
      ),
      layers: localityLayers('0617'),
    };
    expect(validateStyleMin(style)).toEqual([]);
    expect(localityLayers('0617').some((layer) => layer.type === 'symbol')).toBe(false);
  });

  it('frames a radius around a point, wider in longitude the further north', () => {
    const [west, south, east, north] = boundsAround([13.8, 57.36], 30);
    expect(north - south).toBeCloseTo((2 * 30) / 111.32, 6);
    expect(east - west).toBeGreaterThan(north - south);
    const lulea = boundsAround([22.2, 65.56], 30);
    expect(lulea[2] - lulea[0]).toBeGreaterThan(east - west);
  });
});
