import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { LOCALITY_SOURCES, boundsAround, localityLayers } from '../../../web/map/locality-layers';

describe('locality mini map style', () => {
  it('is a valid offline MapLibre style (no glyphs, sprites or tiles needed)', () => {
    const empty = { type: 'geojson', data: { type: 'FeatureCollection', features: [] } } as const;
    const style = {
      version: 8 as const,
      sources: Object.fromEntries(Object.values(LOCALITY_SOURCES).map((id) => [id, empty])),
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
