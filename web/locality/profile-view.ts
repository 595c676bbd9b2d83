import { THEMES, type Indicator, type Theme } from '../../data/contract';
import type { AggregateFigure, ProfileIndicator, SeriesPoint } from '../../data/contract/api';
import type { JoinedProfile } from '../data/profile-join';
import { alignToExpectedYears, type YearSlot } from '../lib/charts/series-gaps';

/** The figures a workshop looks at first, in the order the brief lists them (absent ones are skipped). */
export const KEY_FIGURE_IDS = [
  'population_total',
  'net_commuting',
  'commuting_in_share',
  'commuting_out_share',
  'employment_rate_20_64',
  'open_unemployment_18_65',
  'manufacturing_jobs_share',
  'post_secondary_25_64',
  'median_household_disposable_income',
  'smahus_mean_price',
  'housing_market_balance',
  'share_aged_75_plus',
] as const;

/** Default rows of the peer dot plot: comparable rates rather than counts, so size does not dominate. */
export const DOT_PLOT_IDS = [
  'employment_rate_20_64',
  'open_unemployment_18_65',
  'manufacturing_jobs_share',
  'post_secondary_25_64',
  'commuting_out_share',
  'median_household_disposable_income',
  'share_aged_75_plus',
] as const;

export interface ThemeGroup {
  theme: Theme;
  items: ProfileIndicator[];
}

/** Profile indicators grouped by theme in the catalogue's theme order; missing values stay in their group. */
export function groupByTheme(indicators: readonly ProfileIndicator[]): ThemeGroup[] {
  return THEMES.map((theme) => ({
    theme,
    items: indicators.filter((item) => item.indicator.theme === theme),
  })).filter((group) => group.items.length > 0);
}

export function keyFigures(profile: JoinedProfile): ProfileIndicator[] {
  const byId = new Map(profile.indicators.map((item) => [item.indicator.id, item]));
  return KEY_FIGURE_IDS.flatMap((id) => {
    const item = byId.get(id);
    return item ? [item] : [];
  });
}

/** The municipality's series laid over the years the indicator is published for, so gaps show as gaps. */
export function municipalitySlots(
  series: readonly SeriesPoint[],
  definition: Indicator | undefined,
): YearSlot[] {
  return alignToExpectedYears(series, definition?.years ?? []);
}

/** County or national figures as chart slots; a year without a figure is a gap, not zero. */
export function aggregateSlots(
  figures: readonly AggregateFigure[] | undefined,
  years: readonly number[],
): YearSlot[] {
  const points = (figures ?? []).flatMap((figure) =>
    figure.value === null ? [] : [{ year: figure.year, value: figure.value }],
  );
  return alignToExpectedYears(points, years);
}

/** Change in per cent over the last ten years of the series (or its whole length when shorter). */
export function populationTrend(series: readonly { year: number; value: number }[]) {
  const last = series.at(-1);
  const first = last ? (series.find((point) => point.year >= last.year - 10) ?? series[0]) : undefined;
  if (!last || !first || first.year === last.year || first.value === 0) return null;
  return { change: ((last.value - first.value) / first.value) * 100, since: first.year };
}
