import type { Indicator } from '../../../data/contract';
import type { AggregateFigure, ProfileIndicatorDetail, ProfileSexDetail } from '../../../data/contract/api';
import type { ChartLine } from '../charts/TimeSeriesChart';
import { aggregateSlots, municipalitySlots } from '../profile-view';

/**
 * What one detail answer draws: the chosen sex view's series and figures where Kolada splits the KPI, else the
 * totals'. Women's or men's chart shows that sex only (municipality, county, nation, comparisons), as the map and
 * the rows show one view at a time: a second set of lines would double the legend and hide the county.
 */
export interface TrendView {
  sex: ProfileSexDetail | undefined;
  series: ProfileIndicatorDetail['series'];
  countySeries: readonly AggregateFigure[];
  nationalSeries: readonly AggregateFigure[];
  /** The latest year's county and national figure, whose method decides whether their line is drawn. */
  county: AggregateFigure | null;
  national: AggregateFigure | null;
}

export function trendView(item: ProfileIndicatorDetail): TrendView {
  const sex = item.sex?.available ? item.sex : undefined;
  return sex ? { sex, ...pick(sex) } : { sex: undefined, ...pick(item) };
}

const pick = (from: ProfileIndicatorDetail | ProfileSexDetail) => ({
  series: from.series,
  countySeries: from.countySeries,
  nationalSeries: from.nationalSeries,
  county: from.county,
  national: from.national,
});

export interface TrendLineNames {
  municipality: string;
  county: string;
  nation: string;
}

/**
 * The chart's lines: the municipality, its county and the nation where they have a figure, then each comparison
 * municipality in the same view (a comparison whose answer lacks the view is left out, never mixed with totals).
 */
export function trendLines(
  view: TrendView,
  comparisons: readonly { code: string; name: string; item: ProfileIndicatorDetail }[],
  definition: Indicator | undefined,
  names: TrendLineNames,
): ChartLine[] {
  const subject = municipalitySlots(view.series, definition);
  const years = subject.map((slot) => slot.year);
  // A county or national total (a sum) on the same axis as one municipality only flattens the municipality.
  const isTotal = (figure: AggregateFigure | null) => figure?.method === 'sum';
  const county = isTotal(view.county) ? [] : aggregateSlots(view.countySeries, years);
  const nation = isTotal(view.national) ? [] : aggregateSlots(view.nationalSeries, years);
  const compared = comparisons.flatMap(({ code, name, item }): ChartLine[] => {
    const other = trendView(item);
    if (other.sex?.view !== view.sex?.view) return [];
    return [
      { key: code, label: name, variant: 'comparison', slots: municipalitySlots(other.series, definition) },
    ];
  });
  const drawn = (slots: readonly { value: number | null }[]) => slots.some((slot) => slot.value !== null);
  return [
    { key: 'subject', label: names.municipality, variant: 'subject', slots: subject },
    ...(drawn(county)
      ? [{ key: 'county', label: names.county, variant: 'county' as const, slots: county }]
      : []),
    ...(drawn(nation)
      ? [{ key: 'nation', label: names.nation, variant: 'nation' as const, slots: nation }]
      : []),
    ...compared,
  ];
}

/**
 * The years a drawn county or national line has no figure, with the first such year's reason (it names its year;
 * the others' differ by year only): the chart leaves those years out and the table shows a dash, so the page says why.
 *
 * @example
 * missingYears([{ year: 2015, value: null, ... }, { year: 2016, value: 5.6, ... }])
 * // { years: '2015', reason: { sv: 'Kolada publicerar inget värde …', en: '…' } }
 */
export function missingYears(figures: readonly AggregateFigure[]) {
  const missing = figures.filter((figure) => figure.value === null);
  const first = missing[0];
  if (!first) return null;
  return { years: yearRanges(missing.map((figure) => figure.year)), reason: first.methodText };
}

/**
 * @example
 * yearRanges([2010, 2011, 2012, 2015]) // '2010–2012, 2015'
 */
export function yearRanges(years: readonly number[]): string {
  const runs: [number, number][] = [];
  for (const year of years) {
    const last = runs.at(-1);
    if (last && year === last[1] + 1) last[1] = year;
    else runs.push([year, year]);
  }
  return runs.map(([from, to]) => (from === to ? `${from}` : `${from}–${to}`)).join(', ');
}
