/** Choosing each indicator's reference year and window, and reading each municipality's latest value in it. */

export const MIN_REFERENCE_COVERAGE = 250;
export const WINDOW_YEARS = 3;

export interface SeriesYear {
  year: number;
  municipalities: Readonly<Record<string, number>>;
}

/**
 * The latest year with at least 250 municipalities; if no year reaches that (a thin indicator a group added), the
 * latest year with any data; null when there is none.
 */
export function defaultReferenceYear(series: readonly SeriesYear[]): number | null {
  let latest: number | null = null;
  let covered: number | null = null;
  for (const { year, municipalities } of series) {
    const n = Object.keys(municipalities).length;
    if (n > 0 && (latest === null || year > latest)) latest = year;
    if (n >= MIN_REFERENCE_COVERAGE && (covered === null || year > covered)) covered = year;
  }
  return covered ?? latest;
}

/**
 * Each municipality's latest value in [referenceYear − 2, referenceYear], with the year it comes from.
 * @example windowValues([{ year: 2021, municipalities: { '0617': 3 } }], 2022).values // { '0617': [3, 2021] }
 */
export function windowValues(
  series: readonly SeriesYear[],
  referenceYear: number,
): { from: number; to: number; values: Record<string, [number, number]> } {
  const from = referenceYear - (WINDOW_YEARS - 1);
  const values: Record<string, [number, number]> = {};
  const inWindow = series
    .filter((s) => s.year >= from && s.year <= referenceYear)
    .sort((a, b) => a.year - b.year);
  for (const { year, municipalities } of inWindow) {
    for (const [code, value] of Object.entries(municipalities)) values[code] = [value, year];
  }
  return { from, to: referenceYear, values };
}
