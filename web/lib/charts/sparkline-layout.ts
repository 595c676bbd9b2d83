import { extent, line, scaleLinear } from 'd3';
import type { YearSlot } from './series-gaps';

export interface SparklineLayout {
  path: string;
  /** The latest observed point, marked with a dot. */
  last: { x: number; y: number } | null;
  /** Observed points with no observed neighbour: a line cannot show them, so they become dots. */
  isolated: { x: number; y: number }[];
}

/**
 * A trend line in a small box, y scaled to the series' own range (a sparkline shows shape, not level).
 * Missing years break the line.
 *
 * @example
 * layoutSparkline([{ year: 2020, value: 1 }, { year: 2021, value: 2 }], 100, 20, 2).path // "M2,18L98,2"
 */
export function layoutSparkline(
  slots: readonly YearSlot[],
  width: number,
  height: number,
  pad = 2,
): SparklineLayout {
  const observed = slots.filter((slot): slot is { year: number; value: number } => slot.value !== null);
  if (observed.length === 0) return { path: '', last: null, isolated: [] };
  const [minYear = 0, maxYear = 0] = extent(slots, (slot) => slot.year);
  const [minValue = 0, maxValue = 0] = extent(observed, (slot) => slot.value);
  const x = scaleLinear()
    .domain(minYear === maxYear ? [minYear - 1, maxYear + 1] : [minYear, maxYear])
    .range([pad, width - pad]);
  const y = scaleLinear()
    .domain(minValue === maxValue ? [minValue - 1, maxValue + 1] : [minValue, maxValue])
    .range([height - pad, pad]);
  const toPoint = (slot: { year: number; value: number }) => ({
    x: round(x(slot.year)),
    y: round(y(slot.value)),
  });
  const path =
    line<YearSlot>()
      .defined((slot) => slot.value !== null)
      .x((slot) => round(x(slot.year)))
      .y((slot) => round(y(slot.value ?? 0)))([...slots]) ?? '';
  const isolated = slots.flatMap((slot, index) => {
    if (slot.value === null) return [];
    const before = slots[index - 1]?.value ?? null;
    const after = slots[index + 1]?.value ?? null;
    return before === null && after === null ? [toPoint({ year: slot.year, value: slot.value })] : [];
  });
  const latest = observed[observed.length - 1];
  return { path, last: latest ? toPoint(latest) : null, isolated };
}

function round(value: number): number {
  return Math.round(value * 10) / 10;
}
