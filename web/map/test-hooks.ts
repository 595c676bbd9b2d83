import type { Map as MapLibreMap } from 'maplibre-gl';
import { fillOf, renderedMunicipalityCodes } from './feature-state';
import { MAP_SOURCES } from './sources';

/** Read-only probes for the browser tests: what the map actually drew, not what React thinks it asked for. */
export interface AtlasProbe {
  renderedMunicipalityCodes(): string[];
  fillOf(code: string): string | null;
  /** Its state on both municipality sources: the colour, and the flags (no data, selected, hover). */
  featureState(code: string): Record<string, unknown>;
  /**
   * How many features of a layer are drawn right now: 0 for a layer that does not exist, and for one MapLibre
   * skips because its layer opacity is 0 (its features are still tiled, and queryRenderedFeatures returns them).
   */
  renderedCount(layerId: string): number;
  /** Directions ("in", "out") of the flow lines currently drawn. */
  renderedFlowDirections(): string[];
  camera(): { lon: number; lat: number; zoom: number };
  screenPoint(lon: number, lat: number): { x: number; y: number };
  /** True once the deferred layers (overlays, hatch, highlight) have been added and drawn. */
  overlaysDrawn: boolean;
  /** performance.now() when the latest colouring was handed to the map (before it is drawn). */
  fillAppliedAt: number | null;
  /** Identity of the colouring last drawn (indicator:year:classification). */
  fillKey: string | null;
}

declare global {
  interface Window {
    __atlas?: AtlasProbe;
    __atlasReady?: boolean;
    /** Milliseconds from navigation start to the first coloured map (for the benchmark). */
    __atlasReadyAt?: number;
  }
}

export function installProbe(map: MapLibreMap): AtlasProbe {
  const probe: AtlasProbe = {
    renderedMunicipalityCodes: () => renderedMunicipalityCodes(map),
    fillOf: (code) => fillOf(map, code),
    featureState: (code) => ({
      ...map.getFeatureState({ source: MAP_SOURCES.municipalities, id: code }),
      ...map.getFeatureState({ source: MAP_SOURCES.municipalityFlags, id: code }),
    }),
    renderedCount: (layerId) => {
      const layer = map.getLayer(layerId);
      if (!layer) return 0;
      const paint = layer.paint as { get(name: string): unknown } | undefined;
      const opacity = paint?.get(`${layer.type}-layer-opacity`);
      if (opacity === 0) return 0;
      return map.queryRenderedFeatures({ layers: [layerId] }).length;
    },
    renderedFlowDirections: () => {
      const lines = map.getLayer('flows-line') ? map.queryRenderedFeatures({ layers: ['flows-line'] }) : [];
      return [...new Set(lines.map((f) => String(f.properties['direction'])))].sort();
    },
    camera: () => {
      const center = map.getCenter();
      return { lon: center.lng, lat: center.lat, zoom: map.getZoom() };
    },
    screenPoint: (lon, lat) => {
      const point = map.project([lon, lat]);
      const box = map.getContainer().getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    fillKey: null,
    fillAppliedAt: null,
    overlaysDrawn: false,
  };
  window.__atlas = probe;
  return probe;
}
