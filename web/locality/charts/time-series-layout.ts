import { extent, line, scaleLinear } from 'd3';
import { findSeriesBreaks, type SeriesBreak, type YearSlot } from '../../lib/charts/series-gaps';

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface NamedSeries {
  key: string;
  slots: readonly YearSlot[];
}

export interface LaidOutSeries {
  key: string;
  /** SVG path; `M` starts a new segment after each missing year, so gaps stay gaps. */
  path: string;
  /** Every observed point, so that a value standing alone between two gaps is still visible. */
  points: { year: number; value: number; x: number; y: number }[];
}

export interface TimeSeriesLayout {
  series: LaidOutSeries[];
  xTicks: { year: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Missing years in the first series (the municipality), as shaded bands. */
  breaks: (SeriesBreak & { x0: number; x1: number })[];
  plot: { left: number; right: number; top: number; bottom: number };
}

/**
 * Scales and paths for a small multi-line time series (municipality, county, nation). Pure: React only renders.
 * The y domain covers every line and is extended to zero only when all values share a sign and zero is close,
 * because a share that moves between 60 and 70 percent would otherwise be drawn flat.
 */
export function layoutTimeSeries(
  all: readonly NamedSeries[],
  box: ChartBox,
  maxXTicks = 6,
): TimeSeriesLayout {
  const plot = {
    left: box.margin.left,
    right: box.width - box.margin.right,
    top: box.margin.top,
    bottom: box.height - box.margin.bottom,
  };
  const years = all.flatMap((series) => series.slots.map((slot) => slot.year));
  const values = all.flatMap((series) =>
    series.slots.flatMap((slot) => (slot.value === null ? [] : [slot.value])),
  );
  const [minYear = 0, maxYear = 1] = extent(years);
  const [minValue = 0, maxValue = 1] = extent(values);
  const x = scaleLinear()
    .domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear])
    .range([plot.left, plot.right]);
  const y = scaleLinear().domain(paddedDomain(minValue, maxValue)).nice().range([plot.bottom, plot.top]);
  const path = line<YearSlot>()
    .defined((slot) => slot.value !== null)
    .x((slot) => x(slot.year))
    .y((slot) => y(slot.value ?? 0));

  const series = all.map((named) => ({
    key: named.key,
    path: path([...named.slots]) ?? '',
    points: named.slots.flatMap((slot) =>
      slot.value === null ? [] : [{ year: slot.year, value: slot.value, x: x(slot.year), y: y(slot.value) }],
    ),
  }));
  const integerYears = x.ticks(Math.min(maxXTicks, Math.max(1, maxYear - minYear))).filter(Number.isInteger);
  const first = all[0];
  return {
    series,
    xTicks: integerYears.map((year) => ({ year, x: x(year) })),
    yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
    breaks: first
      ? findSeriesBreaks(first.slots).map((gap) => ({ ...gap, x0: x(gap.from - 0.5), x1: x(gap.to + 0.5) }))
      : [],
    plot,
  };
}

function paddedDomain(min: number, max: number): [number, number] {
  if (min === max) return min === 0 ? [0, 1] : [Math.min(0, min), Math.max(0, max)];
  const span = max - min;
  const nearZero = min > 0 && min < span;
  return [nearZero ? 0 : min - span * 0.05, max + span * 0.05];
}
