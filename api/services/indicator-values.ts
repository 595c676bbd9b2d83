import type { ValuesResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { nationalFigure, sourceOf } from './aggregates';
import { summariseIndicator } from './indicator-summary';
import type { SexView } from '../kolada/series-cache';
import { requireIndicator, requireSeries } from './lookup';
import { rankingOf } from './ranking-cache';
import { categoryCounts, isCategorical, rankingOrder } from './ranking-order';
import { median } from './statistics';
import { round } from './ranking';

const roundOrNull = (value: number | null, decimals: number) =>
  value === null ? null : round(value, decimals);

/** Every municipality's value for one indicator-year, ranked by the indicator's direction. */
export function indicatorValues(
  build: AtlasBuild,
  indicatorId: string,
  year: number | undefined,
  sex: SexView = 'total',
): ValuesResponse {
  const indicator = requireIndicator(build, indicatorId);
  const series = requireSeries(build, indicator, year, sex);
  const present = new Map(Object.entries(series.municipalities));
  const categorical = isCategorical(indicator);
  const ranks = categorical ? null : rankingOf(indicator, series);
  const values = [...present.entries()]
    .map(([code, value]) => ({
      code,
      name: build.municipalityByCode.get(code)?.name ?? code,
      value,
      ...ranks?.get(code),
    }))
    .sort(
      (a, b) =>
        (a.rank ?? 0) - (b.rank ?? 0) ||
        (categorical ? b.value - a.value : 0) ||
        a.code.localeCompare(b.code),
    );
  const missing = [...build.municipalityByCode.keys()].filter((code) => !present.has(code)).sort();
  return {
    indicator: summariseIndicator(indicator),
    year: series.year,
    ...(sex === 'total' ? {} : { sex }),
    source: sourceOf(indicator, series),
    n: present.size,
    nationalMedian: roundOrNull(median([...present.values()]), 6),
    national: nationalFigure(indicator, series),
    ranking: rankingOrder(indicator),
    ...(categorical ? { categories: categoryCounts(indicator, present.values()) } : {}),
    values,
    missing,
  };
}
