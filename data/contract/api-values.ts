/** GET /api/indicators/:id/values: one indicator in one year, ranked. */
import { z } from 'zod';
import { MunicipalityCode, Year } from './codes';
import { SourceRef } from './indicator';
import { AggregateFigure, IndicatorSummary } from './api-shared';

export const RankedValue = z.object({
  code: MunicipalityCode,
  name: z.string(),
  value: z.number(),
  /** 1 = best by the indicator's direction (highest for neutral ones); ties share a rank. */
  rank: z.number().int().min(1),
  /** 100 = best, 0 = worst; ties get the mid-point of the places they share. */
  percentile: z.number().min(0).max(100),
});
export type RankedValue = z.infer<typeof RankedValue>;

export const ValuesResponse = z
  .object({
    indicator: IndicatorSummary,
    year: Year,
    /** total (default), women, men, or gap = women minus men (Kolada's split by sex). */
    sex: z.enum(['total', 'women', 'men', 'gap']).optional(),
    source: SourceRef,
    /** Municipalities with a value this year: ranks run 1..n. */
    n: z.number().int(),
    /** The median municipality: median of the n municipal values, unweighted (the national figure is `national`). */
    nationalMedian: z
      .number()
      .nullable()
      .meta({ description: 'Median of the n municipal values (unweighted); null without values' }),
    national: AggregateFigure,
    values: z.array(RankedValue),
    /** Municipalities without a value (absent in the source, not zero). */
    missing: z.array(MunicipalityCode),
  })
  .meta({ id: 'IndicatorValues' });
export type ValuesResponse = z.infer<typeof ValuesResponse>;
