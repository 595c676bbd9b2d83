/** One observed value of a series. Years without a value are simply absent. */
export interface YearValue {
  year: number;
  value: number;
}

/** A point on the chart's year axis: `value` is null where the source has no figure for that year. */
export interface YearSlot {
  year: number;
  value: number | null;
}

/** A run of expected years for which the series has no value. */
export interface SeriesBreak {
  from: number;
  to: number;
}

/**
 * Lays a series out over the years the indicator is published for, so that a missing year becomes an explicit
 * null (drawn as a gap) rather than a straight line bridging it. Four-yearly series stay unbroken because only
 * the indicator's own publication years are expected.
 *
 * @example
 * alignToExpectedYears([{ year: 2020, value: 1 }, { year: 2022, value: 3 }], [2020, 2021, 2022])
 * // [{ year: 2020, value: 1 }, { year: 2021, value: null }, { year: 2022, value: 3 }]
 */
export function alignToExpectedYears(
  points: readonly YearValue[],
  expectedYears: readonly number[],
): YearSlot[] {
  const byYear = new Map(points.map((point) => [point.year, point.value]));
  const years = [...new Set([...expectedYears, ...byYear.keys()])].sort((a, b) => a - b);
  return years.map((year) => ({ year, value: byYear.get(year) ?? null }));
}

/**
 * The runs of missing years between the first and the last observed value (leading and trailing absences are
 * not breaks: the series simply starts later or ends earlier).
 *
 * @example
 * findSeriesBreaks([{ year: 2019, value: 1 }, { year: 2020, value: null }, { year: 2021, value: null }, { year: 2022, value: 2 }])
 * // [{ from: 2020, to: 2021 }]
 */
export function findSeriesBreaks(slots: readonly YearSlot[]): SeriesBreak[] {
  const first = slots.findIndex((slot) => slot.value !== null);
  const last = slots.findLastIndex((slot) => slot.value !== null);
  if (first === -1) return [];
  const breaks: SeriesBreak[] = [];
  let open: SeriesBreak | null = null;
  for (const slot of slots.slice(first, last + 1)) {
    if (slot.value === null) {
      open = open ? { from: open.from, to: slot.year } : { from: slot.year, to: slot.year };
    } else if (open) {
      breaks.push(open);
      open = null;
    }
  }
  return breaks;
}
