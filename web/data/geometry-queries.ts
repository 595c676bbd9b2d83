import { queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { MunicipalityProperties } from '../../data/contract/geography';
import { api, readJson } from './api-client';
import { FOREVER } from './cache-policy';

/**
 * Geometry is checked for its attributes only: validating every coordinate pair would cost more time than drawing
 * the map, and the server validated the geometry when it loaded the build.
 */
const Geometry = z.custom<GeoJSON.Polygon | GeoJSON.MultiPolygon>(
  (g) => typeof g === 'object' && g !== null && 'coordinates' in g,
  'a GeoJSON geometry',
);
const areas = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry: Geometry })),
  });
const MunicipalityAreas = areas(MunicipalityProperties);
export type MunicipalityAreas = z.infer<typeof MunicipalityAreas>;

export const municipalitiesQuery = queryOptions({
  queryKey: ['geometry', 'municipalities'],
  ...FOREVER,
  queryFn: async () => MunicipalityAreas.parse(await readJson(await api.municipalities.$get({ query: {} }))),
});

/** Where MapLibre's worker fetches geometry itself (typed URLs from the same client). */
export const GEOMETRY_URLS = {
  municipalities: api.municipalities.$url().pathname,
  counties: api.counties.$url().pathname,
  neighbours: api['neighbour-countries'].$url().pathname,
};
