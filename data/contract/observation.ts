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
    /** Source id that published these figures, when it is not the series' own source (SCB's municipal
     * population with Kolada's published county rows). */
    source: z.string().min(1).optional(),
  }),
  national: z.object({
    method: AggregateMethod,
    value: z.number().nullable(),
    source: z.string().min(1).optional(),
  }),
});
export type ObservationSeries = z.infer<typeof ObservationSeries>;

export const ObservationFile = z.array(ObservationSeries);
export type ObservationFile = z.infer<typeof ObservationFile>;
