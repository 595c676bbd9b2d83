import type { Indicator, ObservationSeries } from '../../data/contract';
import { type Ranking, rankValues } from './ranking';

const cache = new WeakMap<ObservationSeries, Map<string, Ranking>>();

/** Ranks of one indicator-year, computed once per series object (the build is immutable while served). */
export function rankingOf(indicator: Indicator, series: ObservationSeries): Map<string, Ranking> {
  let ranking = cache.get(series);
  if (!ranking) {
    ranking = rankValues(new Map(Object.entries(series.municipalities)), indicator.direction);
    cache.set(series, ranking);
  }
  return ranking;
}
