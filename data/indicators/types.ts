import type { AggregateRule, Direction, LocalisedText, Theme, Unit } from '../contract';
import type { SourceId } from '../sources/sources';

/** One source that can fill an indicator, with the publisher's own table or KPI id. */
export interface SourceBinding {
  source: SourceId;
  table: string;
}

/**
 * How the ingest defines an indicator. The id never changes whichever source fills it; `sources` are in order of
 * preference, and each year is filled from the first source that has that year.
 */
export interface IndicatorDefinition {
  id: string;
  /** Swedish title; Kolada KPIs take theirs from Kolada's own metadata when this is left out. */
  titleSv?: string;
  titleEn: string;
  /** Kolada KPIs take their theme from selected-kpis.csv when this is left out. */
  theme?: Theme;
  unit: Unit;
  decimals: number;
  direction: Direction;
  sources: SourceBinding[];
  /** Used for county and national figures in years the source does not publish them. */
  aggregate: AggregateRule;
  caveat?: LocalisedText;
  categories?: { value: number; label: LocalisedText }[];
  formula?: string;
}

export const unavailable = (reason: LocalisedText): AggregateRule => ({
  kind: 'unavailable',
  reason: reason.en,
  reasonText: reason,
});
export const weightedByPopulation: AggregateRule = { kind: 'weighted_mean', base: 'population_total' };
export const sum: AggregateRule = { kind: 'sum' };
