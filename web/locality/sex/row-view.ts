import type { ProfileIndicator, SexAggregateFigure, SexView } from '../../../data/contract/api';

/** What a row's strip and sparkline draw: the chosen sex view where Kolada splits the KPI, else the totals. */
export interface RowView {
  sex: SexView;
  /** A sex view was chosen but this KPI has no split: the row shows totals and must say so. */
  totalsInstead: boolean;
  series: ProfileIndicator['series'];
  county: ProfileIndicator['county'] | SexAggregateFigure;
  national: ProfileIndicator['national'] | SexAggregateFigure;
}

export function rowView(item: ProfileIndicator): RowView {
  const { sex } = item;
  if (!sex?.available)
    return {
      sex: 'total',
      totalsInstead: sex !== undefined,
      series: item.series,
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
