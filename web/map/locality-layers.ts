import type { ExpressionSpecification, LayerSpecification } from '@maplibre/maplibre-gl-style-spec';
import { NACE_COLOUR_EXPRESSION, PALETTE } from './palette';

/** Source ids of the locality mini map (its own small style, separate from the planner map's). */
export const LOCALITY_SOURCES = {
  municipalities: 'locality-municipalities',
  catchment: 'locality-catchment',
  reach: 'locality-reach',
  flows: 'locality-flows',
  firms: 'locality-firms',
} as const;

/**
 * Layers of the locality mini map in drawing order. The subject municipality is picked out by a filter on its
 * code, which `localityLayers` fills in; everything else is fixed data.
 */
export function localityLayers(subject: string): LayerSpecification[] {
  const isSubject: ExpressionSpecification = ['==', ['get', 'code'], subject];
  return [
    { id: 'locality-background', type: 'background', paint: { 'background-color': PALETTE.water } },
    {
      id: 'locality-land',
      type: 'fill',
      source: LOCALITY_SOURCES.municipalities,
      paint: { 'fill-color': ['case', isSubject, '#f6e7b8', PALETTE.land] },
    },
    {
      id: 'locality-outline',
      type: 'line',
      source: LOCALITY_SOURCES.municipalities,
      paint: { 'line-color': PALETTE.landOutline, 'line-width': 0.8 },
    },
    {
      id: 'locality-catchment-fill',
      type: 'fill',
      source: LOCALITY_SOURCES.catchment,
      paint: { 'fill-color': '#0072B2', 'fill-opacity': 0.08 },
    },
    {
      id: 'locality-catchment-line',
      type: 'line',
      source: LOCALITY_SOURCES.catchment,
      paint: { 'line-color': '#0072B2', 'line-width': 1.5, 'line-dasharray': [3, 2] },
    },
    {
      id: 'locality-reach-line',
      type: 'line',
      source: LOCALITY_SOURCES.reach,
      paint: { 'line-color': '#D55E00', 'line-width': 2 },
    },
    {
      id: 'locality-subject-outline',
      type: 'line',
      source: LOCALITY_SOURCES.municipalities,
      filter: isSubject,
      paint: { 'line-color': PALETTE.selected, 'line-width': 2.5 },
    },
    {
      id: 'locality-flows',
      type: 'line',
      source: LOCALITY_SOURCES.flows,
      layout: { 'line-cap': 'round' },
      paint: {
        'line-color': ['match', ['get', 'direction'], 'in', PALETTE.flowIn, PALETTE.flowOut],
        'line-width': ['interpolate', ['linear'], ['sqrt', ['get', 'persons']], 0, 1, 10, 2, 30, 5, 80, 10],
        'line-opacity': 0.8,
      },
    },
    {
      id: 'locality-firms',
      type: 'circle',
      source: LOCALITY_SOURCES.firms,
      paint: {
        'circle-color': NACE_COLOUR_EXPRESSION,
        'circle-radius': 5,
        'circle-stroke-color': '#1a1a1a',
        'circle-stroke-width': ['case', ['==', ['get', 'location'], 'approximate'], 0.5, 1.5],
        'circle-opacity': ['case', ['==', ['get', 'location'], 'approximate'], 0.6, 1],
      },
    },
  ];
}

/**
 * A [west, south, east, north] box around a point that holds a circle of `radiusKm` (1° of latitude ≈ 111 km;
 * longitude degrees shrink with the cosine of the latitude).
 *
 * @example
 * boundsAround([13.73, 57.36], 30) // ≈ [13.23, 57.09, 14.23, 57.63]
 */
export function boundsAround(
  centre: readonly [number, number],
  radiusKm: number,
): [number, number, number, number] {
  const [lon, lat] = centre;
  const dLat = radiusKm / 111.32;
  const dLon = radiusKm / (111.32 * Math.cos((lat * Math.PI) / 180));
  return [lon - dLon, lat - dLat, lon + dLon, lat + dLat];
}
