import { z } from 'zod';
import { CountyCode, IndicatorId, MunicipalityCode, Year } from './codes';

export const AggregateMethod = z.enum(['published', 'sum', 'weighted_mean', 'unavailable']);
export type AggregateMethod = z.infer<typeof AggregateMethod>;

/**
 * All values of one indicator in one year. Missing values are absent keys, never 0 or null.
 * County and national figures say whether the source published them or the ingest computed them.
 */
export const ObservationSeries = z.object({
  indicator: IndicatorId,
  year: Year,
  /** Source id (see Indicator.sources) that filled this year. */
  source: z.string().min(1),
  municipalities: z.record(MunicipalityCode, z.number()),
  counties: z.object({
    method: AggregateMethod,
    values: z.record(CountyCode, z.number()),
  }),
  national: z.object({ method: AggregateMethod, value: z.number().nullable() }),
});
export type ObservationSeries = z.infer<typeof ObservationSeries>;

export const ObservationFile = z.array(ObservationSeries);
export type ObservationFile = z.infer<typeof ObservationFile>;
