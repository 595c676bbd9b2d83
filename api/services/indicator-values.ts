import type { LocalisedText } from '../../data/contract';
import type { ValuesResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { nationalFigure, sourceOf } from './aggregates';
import { summariseIndicator } from '../../data/format/indicator-summary';
import type { SexView } from '../kolada/series-cache';
import { requireIndicator, requireSeries } from './lookup';
import { rankingOf } from './ranking-cache';
import { categoryCounts, isCategorical, rankingOrder } from './ranking-order';
import { median } from './statistics';
import { round } from './ranking';

/** A statistic the atlas computes: a finite number, or missing with the reason in both languages. */
function medianOrReason(
  values: readonly number[],
  year: number,
): { nationalMedian: number | null; nationalMedianReason: LocalisedText | null } {
  const value = median(values);
  if (value !== null && Number.isFinite(value))
    return { nationalMedian: round(value, 6), nationalMedianReason: null };
  return {
    nationalMedian: null,
    nationalMedianReason:
      values.length === 0
        ? {
            sv: `ingen median: ingen kommun har ett värde för ${year}`,
            en: `no median: no municipality has a value for ${year}`,
          }
        : {
            sv: 'ingen median: kommunernas värden ger inget ändligt tal',
            en: 'no median: the municipal values give no finite number',
          },
  };
}

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
    ...medianOrReason([...present.values()], series.year),
    national: nationalFigure(indicator, series),
    ranking: rankingOrder(indicator),
    ...(categorical ? { categories: categoryCounts(indicator, present.values()) } : {}),
    values,
    missing,
  };
}
