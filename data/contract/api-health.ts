/** GET /api/health: status, build, vintage and counts. */
import { z } from 'zod';

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    buildId: z.string(),
    builtAt: z.string(),
    ingestVersion: z.string(),
    vintage: z.record(z.string(), z.number()),
    counts: z.object({
      municipalities: z.number().int(),
      indicators: z.number().int(),
      series: z.number().int(),
      firmSites: z.number().int(),
      urbanAreas: z.number().int(),
    }),
    /** Geometry URL including the buildId: cacheable forever. */
    geometryUrl: z.string(),
  })
  .meta({ id: 'Health' });
export type HealthResponse = z.infer<typeof HealthResponse>;
