/**
 * The benchmark's baseline: the least a page can do to show the same 290 municipalities in colour with MapLibre.
 * No React, no query cache, no values request: one GeoJSON fetch, one fill layer.
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

declare global {
  interface Window {
    __bareReadyAt?: number;
  }
}

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  bounds: [10.6, 55.1, 24.4, 69.2],
  attributionControl: false,
  style: {
    version: 8,
    sources: { municipalities: { type: 'geojson', data: '/api/municipalities' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dce6ee' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'municipalities',
        paint: {
          'fill-color': ['match', ['get', 'degurba'], 1, '#440154', 2, '#21918c', '#fde725'],
        },
      },
    ],
  },
});
map.once('idle', () => {
  window.__bareReadyAt = performance.now();
});
