import type { Map as MapLibreMap } from 'maplibre-gl';
import { LAYERS } from './layers';

/** Add the layers left out of the initial style, each in its registry position (before the next one present). */
export function addDeferredLayers(map: MapLibreMap): void {
  LAYERS.forEach((layer, index) => {
    if (!layer.deferred || map.getLayer(layer.spec.id)) return;
    const before = LAYERS.slice(index + 1).find((next) => map.getLayer(next.spec.id));
    map.addLayer(layer.spec, before?.spec.id);
  });
}
