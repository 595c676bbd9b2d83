/** GET /api/flows: origin-destination commuting lines, or a plain statement that there are none. */
import { z } from 'zod';
import { FlowDirection } from './api-params';
import { MunicipalityCode, Sex, Year } from './codes';
import { LineStringGeometry } from './geography';
import { NamedArea } from './api-shared';

export const FlowFeature = z.object({
  type: z.literal('Feature'),
  geometry: LineStringGeometry,
  properties: z.object({
    origin: MunicipalityCode,
    originName: z.string(),
    destination: MunicipalityCode,
    destinationName: z.string(),
    persons: z.number().int(),
    direction: z.enum(['in', 'out']),
    sex: Sex,
    year: Year,
  }),
});

export const FlowsResponse = z
  .discriminatedUnion('coverage', [
    z.object({
      coverage: z.literal('flows'),
      type: z.literal('FeatureCollection'),
      municipality: NamedArea,
      year: Year,
      sex: Sex,
      direction: FlowDirection,
      scope: z.string(),
      source: z.object({ publisher: z.string(), table: z.string(), licence: z.string() }),
      note: z.string(),
      /** People living and working in the municipality (not drawn as a line). */
      liveAndWork: z.number().int().nullable(),
      features: z.array(FlowFeature),
    }),
    z.object({
      coverage: z.literal('none'),
      municipality: NamedArea,
      message: z.string(),
      municipalitiesWithFlows: z.array(MunicipalityCode),
    }),
  ])
  .meta({ id: 'CommutingFlows' });
export type FlowsResponse = z.infer<typeof FlowsResponse>;
