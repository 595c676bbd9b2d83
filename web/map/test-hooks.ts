import type { Map as MapLibreMap } from 'maplibre-gl';
import { fillOf, renderedMunicipalityCodes } from './feature-state';

/** Read-only probes for the browser tests: what the map actually drew, not what React thinks it asked for. */
export interface AtlasProbe {
  renderedMunicipalityCodes(): string[];
  fillOf(code: string): string | null;
  screenPoint(lon: number, lat: number): { x: number; y: number };
  fillKey: string | null;
}

declare global {
  interface Window {
    __atlas?: AtlasProbe;
    __atlasReady?: boolean;
  }
}

export function installProbe(map: MapLibreMap): AtlasProbe {
  const probe: AtlasProbe = {
    renderedMunicipalityCodes: () => renderedMunicipalityCodes(map),
    fillOf: (code) => fillOf(map, code),
    screenPoint: (lon, lat) => {
      const point = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    fillKey: null,
  };
  window.__atlas = probe;
  return probe;
}
