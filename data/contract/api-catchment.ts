/** GET /api/catchment: people within reach of a point or a firm site. */
import { z } from 'zod';
import { MunicipalityCode, Year } from './codes';
import { NamedArea } from './api-shared';

export const CatchmentResponse = z
  .object({
    centre: z.object({
      lon: z.number(),
      lat: z.number(),
      municipality: NamedArea.nullable(),
      site: z.object({ siteId: z.string(), company: z.string(), location: z.string() }).nullable(),
    }),
    radiusKm: z.number(),
    urbanAreas: z.array(
      z.object({
        code: z.string(),
        name: z.string(),
        municipalityCode: MunicipalityCode,
        population: z.number().int(),
        distanceKm: z.number(),
      }),
    ),
    population: z.object({ sum: z.number().int(), year: Year, source: z.string() }),
    municipalities: z.array(
      NamedArea.extend({
        urbanPopulationInRadius: z.number().int(),
        urbanPopulation: z.number().int(),
        population: z.number().nullable(),
      }),
    ),
    outsideUrbanAreas: z.object({
      /** Share (%) of the touched municipalities' population living outside any urban area; null if unknown. */
      share: z.number().nullable(),
      persons: z.number().nullable(),
      /** The same for every municipality of the centre's LA region (null when the centre is in none). */
      laRegion: z.object({ share: z.number().nullable(), persons: z.number().nullable() }).nullable(),
      year: Year,
      method: z.string(),
    }),
    laRegion: NamedArea.nullable(),
    laRegions: z.array(NamedArea),
    note: z.string(),
  })
  .meta({ id: 'Catchment' });
export type CatchmentResponse = z.infer<typeof CatchmentResponse>;
