/** GET /api/firms: metal-industry sites as GeoJSON points. */
import { z } from 'zod';
import { FirmSiteProperties } from './firm';
import { PointGeometry } from './geography';

export const FirmsResponse = z
  .object({
    type: z.literal('FeatureCollection'),
    attribution: z.string(),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: FirmSiteProperties.extend({ distanceKm: z.number().optional() }),
        geometry: PointGeometry,
      }),
    ),
  })
  .meta({ id: 'FirmSites' });
export type FirmsResponse = z.infer<typeof FirmsResponse>;
