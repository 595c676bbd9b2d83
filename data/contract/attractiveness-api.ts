/** Query parameters and the framework answer of /api/index (the WeightSet codec reads the weight parameters). */
import { z } from 'zod';
import { IndexFramework, IndexInputs, IndexMethod, Perspective } from './attractiveness';
import { IndicatorId, Year } from './codes';

const text = (description: string, example?: string) =>
  z
    .string()
    .max(4000)
    .optional()
    .meta(example ? { description, example } : { description });

export const IndexQuery = z.object({
  framework: text('Framework id (default "default", see /api/index/framework)'),
  weights: text(
    'Relative weights by pillar or indicator id, comma-separated id:weight (≥ 0, not all 0); others keep the framework weight',
    'work:2,skills:1,rental_dwellings_per_1000:0.5',
  ),
  directions: text('Flip an indicator: id:better or id:worse, comma-separated', 'smahus_price_per_m2:better'),
  add: text(
    'Add catalogue indicators: pillar:id:direction (better or worse), comma-separated',
    'housing:owner_occupied_dwellings_per_1000:better',
  ),
  normalisation: text('minmax (default), zscore or percentile'),
  aggregation: text('arithmetic (default) or geometric'),
  minPillarShare: text('Share of a pillar’s indicators a municipality needs (default 0.667)'),
  year: text('Reference year of every indicator (window: it and the two before); default per indicator'),
  treatment: text('coinr (default: skew/kurtosis rule) or none'),
  build: text('The buildId the weights were chosen against (recorded, not checked)'),
  seed: z.coerce
    .number()
    .int()
    .min(0)
    .max(4294967295)
    .optional()
    .meta({ description: 'Monte Carlo seed (default 1)' }),
  draws: z.coerce
    .number()
    .int()
    .min(0)
    .max(5000)
    .optional()
    .meta({ description: 'Monte Carlo draws (default 1000; 0 skips the robustness analysis)' }),
  perturbation: z.coerce
    .number()
    .min(0)
    .max(0.9)
    .optional()
    .meta({ description: 'Each weight is multiplied by U(1 − p, 1 + p) (default 0.25)' }),
  format: z
    .enum(['json', 'csv', 'csv-sv'])
    .optional()
    .meta({ description: 'json (default), csv (RFC 4180) or csv-sv (semicolon, decimal comma)' }),
});
export type IndexQuery = z.infer<typeof IndexQuery>;

export const IndexInputsQuery = z.object({
  indicators: z
    .string()
    .max(4000)
    .transform((s) => s.split(',').map((p) => p.trim()))
    .pipe(z.array(IndicatorId).min(1).max(100))
    .meta({
      description: 'Indicator ids, comma-separated',
      example: 'employment_rate_20_64,rental_dwellings_per_1000',
    }),
  year: z.coerce.number().int().min(1990).max(2100).optional().meta({ description: 'Reference year of all' }),
});

export const IndexFrameworkResponse = z
  .object({
    buildId: z.string(),
    framework: IndexFramework,
    perspectives: z.array(Perspective),
    method: IndexMethod,
    robustness: z.object({ draws: z.number().int(), seed: z.number().int(), perturbation: z.number() }),
    /** Each framework indicator's default reference year and window in this build. */
    windows: z.array(
      z.object({ id: IndicatorId, referenceYear: Year, from: Year, to: Year, coverage: z.number() }),
    ),
  })
  .meta({ id: 'IndexFrameworkResponse' });
export type IndexFrameworkResponse = z.infer<typeof IndexFrameworkResponse>;

export const IndexInputsResponse = IndexInputs.meta({ id: 'IndexInputs' });
