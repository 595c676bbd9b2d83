/** GET /api/health: status, build, vintage and counts. */
import { z } from 'zod';
import { BuildChanges } from './manifest';

export const HealthResponse = z
  .object({
    status: z.literal('ok'),
    version: z.string(),
    buildId: z.string(),
    builtAt: z.string(),
    ingestVersion: z.string(),
    /** Per source, the last year most of its indicators reach (Kolada: 2022). */
    vintage: z.record(z.string(), z.number()),
    /** Indicators that reach past their source's vintage, named with their last year. */
    vintageAhead: z.record(z.string(), z.array(z.object({ indicator: z.string(), year: z.number().int() }))),
    /** What changed against the previous build (null: this build replaced none, or predates the comparison). */
    changes: BuildChanges.nullable(),
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
