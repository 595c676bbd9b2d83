import { z } from 'zod';
import { MunicipalityProperties } from '../../data/contract/geography';

/**
 * Geometry is checked for its attributes only: validating every coordinate pair would cost more time than drawing
 * the map, and the server validated the geometry when it loaded the build. Its own module, loaded with the
 * answer, so zod is not among the first map's scripts.
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
export const MunicipalityAreas = areas(MunicipalityProperties);
export type MunicipalityAreas = z.infer<typeof MunicipalityAreas>;
