import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { describe, expect, it } from 'vitest';
import { buildStyle } from '../../../web/map/base-style';
import { arrowHead, hatchPattern } from '../../../web/map/images';
import { LAYERS, interactiveLayers, layersFor } from '../../../web/map/layers';
import { MAP_SOURCES } from '../../../web/map/sources';

describe('offline map style', () => {
  const style = buildStyle('/api/municipalities');

  it('is a valid MapLibre style, also once the deferred layers are added', () => {
    expect(validateStyleMin(style)).toEqual([]);
    expect(validateStyleMin({ ...style, layers: LAYERS.map((layer) => layer.spec) })).toEqual([]);
  });

  it('starts with only what the first coloured map needs', () => {
    expect(style.layers.map((layer) => layer.id)).toEqual(['background', 'municipality-fill']);
    expect(LAYERS.filter((layer) => layer.deferred)).toHaveLength(LAYERS.length - 2);
  });

  it('draws the municipal boundaries as the fill outline and the neighbours without a line layer', () => {
    // Every layer is drawn again on each frame of a drag; the two line layers cost about a fifth of a frame.
    const fill = LAYERS.find((layer) => layer.spec.id === 'municipality-fill')!.spec;
    expect(fill.paint).toMatchObject({ 'fill-outline-color': expect.any(String) });
    expect(fill.paint).not.toHaveProperty('fill-antialias', false);
    const lineSources = LAYERS.filter((layer) => layer.spec.type === 'line').map(
      (layer) => (layer.spec as { source: string }).source,
    );
    expect(lineSources).not.toContain(MAP_SOURCES.municipalities);
    expect(lineSources).not.toContain(MAP_SOURCES.neighbours);
  });

  it('fetches nothing from the web: no glyphs, sprites, tiles or absolute URLs', () => {
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    expect(JSON.stringify(style)).not.toMatch(/https?:\/\//);
    expect(
      LAYERS.some((layer) => layer.spec.type === 'symbol' && 'text-field' in (layer.spec.layout ?? {})),
    ).toBe(false);
  });

  it('colours municipalities from feature-state, keyed by their code', () => {
    const source = style.sources['municipalities'];
    expect(source).toMatchObject({ type: 'geojson', promoteId: 'code' });
    const fill = LAYERS.find((layer) => layer.spec.id === 'municipality-fill')!.spec;
    expect(JSON.stringify(fill)).toContain('feature-state');
  });

  it('reads feature-state on the municipalities source in the fill layer only: the flags have their own source', () => {
    // MapLibre rewrites the paint buffers of every feature-state layer of a source whose state changes: a new
    // colouring must not rewrite the hatch, halo and highlight lines as well.
    const readsState = (layer: (typeof LAYERS)[number]) =>
      JSON.stringify(layer.spec).includes('feature-state');
    const on = (source: string) =>
      LAYERS.filter(
        (layer) => 'source' in layer.spec && layer.spec.source === source && readsState(layer),
      ).map((layer) => layer.spec.id);
    expect(on('municipalities')).toEqual(['municipality-fill']);
    expect(on('municipality-flags')).toEqual([
      'municipality-no-data',
      'municipality-selected-halo',
      'municipality-highlight',
    ]);
    expect(style.sources['municipality-flags']).toMatchObject({ type: 'geojson', promoteId: 'code' });
  });

  it('switches the layers that draw only flagged municipalities off as a whole while none is flagged', () => {
    // Per-feature opacity 0 still costs MapLibre a draw of all 290 polygons each frame; layer opacity 0 skips it.
    const layerOpacity = (id: string) => {
      const spec = LAYERS.find((layer) => layer.spec.id === id)!.spec as { paint: Record<string, unknown> };
      return JSON.stringify(spec.paint['fill-layer-opacity'] ?? spec.paint['line-layer-opacity']);
    };
    expect(layerOpacity('municipality-no-data')).toBe('["case",["global-state","anyNoData"],1,0]');
    expect(layerOpacity('municipality-selected-halo')).toBe('["case",["global-state","anySelected"],1,0]');
    expect(layerOpacity('municipality-highlight')).toBe(
      '["case",["any",["global-state","anySelected"],["global-state","anyHovered"]],1,0]',
    );
    expect(style.state).toEqual({
      anyNoData: { default: false },
      anySelected: { default: false },
      anyHovered: { default: false },
    });
  });

  it('ties every overlay switch to layers and names the interactive layers', () => {
    expect(layersFor('flows')).toEqual(['flows-casing', 'flows-line', 'flows-arrow']);
    expect(layersFor('firms')).toEqual(['firms-cluster', 'firms-point']);
    expect(layersFor('counties')).toEqual(['county-outline']);
    expect(interactiveLayers('municipality')).toEqual(['municipality-fill']);
  });
});

describe('generated images', () => {
  it('draws a repeating hatch with transparent gaps', () => {
    const image = hatchPattern('#8c8c8c', 16);
    expect(image.data).toHaveLength(16 * 16 * 4);
    const alpha = (x: number, y: number) => image.data[(y * 16 + x) * 4 + 3];
    expect(alpha(0, 0)).toBe(255);
    expect(alpha(4, 0)).toBe(0);
  });

  it('draws an arrowhead coloured inside and white at the rim', () => {
    const image = arrowHead('#0072B2', 24);
    const pixel = (x: number, y: number) =>
      Array.from(image.data.slice((y * 24 + x) * 4, (y * 24 + x) * 4 + 4));
    expect(pixel(10, 12)).toEqual([0, 114, 178, 255]);
    expect(pixel(3, 12)).toEqual([255, 255, 255, 255]);
    expect(pixel(22, 2)[3]).toBe(0);
  });
});
