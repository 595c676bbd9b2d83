import type { SourceSpecification, StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import { GLOBAL_STATE } from './global-state';
import { INITIAL_LAYERS } from './layers';
import { EMPTY_COLLECTION, MAP_SOURCES, type SourceId } from './sources';

/**
 * The offline style: no tiles, glyphs or sprites from anywhere. Municipalities carry their code as feature id
 * (`promoteId`), so colours, hover and selection are feature-state and the geometry is uploaded once. Overlay
 * sources start empty and are filled after the first coloured map, so they never delay it.
 */
export function buildStyle(municipalitiesUrl: string): StyleSpecification {
  const sources: Record<SourceId, SourceSpecification> = {
    [MAP_SOURCES.neighbours]: { type: 'geojson', data: EMPTY_COLLECTION },
    // A URL, not data: MapLibre's worker fetches and parses the geometry off the main thread.
    [MAP_SOURCES.municipalities]: { type: 'geojson', data: municipalitiesUrl, promoteId: 'code' },
    [MAP_SOURCES.municipalityFlags]: { type: 'geojson', data: EMPTY_COLLECTION, promoteId: 'code' },
    [MAP_SOURCES.counties]: { type: 'geojson', data: EMPTY_COLLECTION },
    [MAP_SOURCES.flows]: { type: 'geojson', data: EMPTY_COLLECTION },
    [MAP_SOURCES.firms]: {
      type: 'geojson',
      data: EMPTY_COLLECTION,
      cluster: true,
      clusterRadius: 36,
      clusterMaxZoom: 8,
    },
  };
  return { version: 8, state: GLOBAL_STATE, sources, layers: INITIAL_LAYERS.map((layer) => layer.spec) };
}

/** Sweden with a little sea around it, [west, south, east, north]. */
export const SWEDEN_BOUNDS: [number, number, number, number] = [10.6, 55.1, 24.4, 69.2];
