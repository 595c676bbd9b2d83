import type {
  AggregateMethod,
  AggregateRule,
  Indicator,
  ObservationSeries,
  SourceRef,
} from '../../data/contract';
import type { AggregateFigure } from '../../data/contract/api';

/** Words for how a county or national figure was obtained, so a reader can tell published from computed. */
export function describeMethod(
  method: AggregateMethod,
  rule: AggregateRule,
  source: SourceRef | undefined,
): string {
  switch (method) {
    case 'published':
      return `published by ${source?.publisher ?? 'the source'}${source ? ` (${source.table})` : ''}`;
    case 'sum':
      return 'computed by the atlas: sum of the municipal values';
    case 'weighted_mean':
      return rule.kind === 'weighted_mean'
        ? `computed by the atlas: mean of the municipal values weighted by ${rule.base}`
        : 'computed by the atlas: weighted mean of the municipal values';
    case 'unavailable':
      return rule.kind === 'unavailable' ? rule.reason : 'not published by the source and not computed';
    default: {
      const unreachable: never = method;
      return unreachable;
    }
  }
}

export function sourceOf(indicator: Indicator, series: ObservationSeries): SourceRef {
  return indicator.sources.find((source) => source.id === series.source) ?? indicator.sources[0]!;
}

export function nationalFigure(indicator: Indicator, series: ObservationSeries): AggregateFigure {
  return {
    year: series.year,
    value: series.national.value,
    method: series.national.method,
    methodNote: describeMethod(series.national.method, indicator.nationalRule, sourceOf(indicator, series)),
  };
}

export function countyFigure(
  indicator: Indicator,
  series: ObservationSeries,
  countyCode: string,
): AggregateFigure {
  const value = series.counties.values[countyCode];
  const method =
    value === undefined && series.counties.method !== 'unavailable' ? 'unavailable' : series.counties.method;
  const methodNote =
    value === undefined && series.counties.method !== 'unavailable'
      ? `no figure for county ${countyCode} in ${series.year}`
      : describeMethod(method, indicator.countyRule, sourceOf(indicator, series));
  return { year: series.year, value: value ?? null, method, methodNote };
}
