import type { AggregateRule, Direction, LocalisedText, Unit } from '../contract';
import type { IndicatorDefinition } from './types';

export const byWorkplaceJobs: AggregateRule = { kind: 'weighted_mean', base: 'employed_by_workplace' };
export const byResidentEmployed: AggregateRule = { kind: 'weighted_mean', base: 'employed_by_residence' };
export const UP: Direction = 'higher_is_better';
export const DOWN: Direction = 'higher_is_worse';
export const FLAT: Direction = 'neutral';

/** One Kolada KPI that fills an indicator of its own. */
export function kpi(
  table: string,
  id: string,
  titleEn: string,
  unit: Unit,
  decimals: number,
  direction: Direction,
  aggregate: AggregateRule,
  caveat?: LocalisedText,
): IndicatorDefinition {
  return {
    id,
    titleEn,
    unit,
    decimals,
    direction,
    aggregate,
    caveat,
    sources: [{ source: 'kolada', table }],
  };
}
