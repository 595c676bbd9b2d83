/** GET /api/indicators/:id/values: one indicator in one year, ranked. */
import { z } from 'zod';
import { MunicipalityCode, Year } from './codes';
import { LocalisedText, SourceRef } from './indicator';
import { AggregateFigure, CategoryCount, IndicatorSummary, RankingOrder } from './api-shared';

export const RankedValue = z.object({
  code: MunicipalityCode,
  name: z.string(),
  value: z.number(),
  /**
   * 1 = best by the indicator's direction; for a neutral indicator 1 = highest (no better or worse); ties share a
   * rank. Absent for a categorical indicator (categories are counted, not ranked).
   */
  rank: z.number().int().min(1).optional(),
  /** By direction 100 = best, 0 = worst; neutral: 100 = highest. Ties get the mid-point of their places. */
  percentile: z.number().min(0).max(100).optional(),
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
    /** Why there is no median, in both languages; null exactly when `nationalMedian` is a number. */
    nationalMedianReason: LocalisedText.nullable(),
    national: AggregateFigure,
    /** How `rank` reads: by the indicator's direction, highest first (neutral), or not at all (categories). */
    ranking: RankingOrder,
    /** A categorical indicator (yes/no, housing-market balance): how many municipalities gave each answer. */
    categories: z.array(CategoryCount).optional(),
    values: z.array(RankedValue),
    /** Municipalities without a value (absent in the source, not zero). */
    missing: z.array(MunicipalityCode),
  })
  .meta({ id: 'IndicatorValues' });
export type ValuesResponse = z.infer<typeof ValuesResponse>;
