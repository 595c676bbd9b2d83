import type { ProfileIndicator, SeriesPoint, SexAggregateFigure, SexView } from '../../../data/contract/api';

/** What a row's strip and sparkline draw: the chosen sex view where Kolada splits the KPI, else the totals. */
export interface RowView {
  sex: SexView;
  /** A sex view was chosen but this KPI has no split: the row shows totals and must say so. */
  totalsInstead: boolean;
  /** Undefined while the totals' series (asked after the first screen) is on its way. */
  series: readonly SeriesPoint[] | undefined;
  county: ProfileIndicator['county'] | SexAggregateFigure;
  national: ProfileIndicator['national'] | SexAggregateFigure;
}

/** `series`: the totals' series from the series answer, undefined while it loads. */
export function rowView(item: ProfileIndicator, series: readonly SeriesPoint[] | undefined): RowView {
  const { sex } = item;
  if (!sex?.available)
    return {
      sex: 'total',
      totalsInstead: sex !== undefined,
      series,
      county: item.county,
      national: item.national,
    };
  return {
    sex: sex.view,
    totalsInstead: false,
    series: sex.series,
    county: sex.county,
    national: sex.national,
  };
}
