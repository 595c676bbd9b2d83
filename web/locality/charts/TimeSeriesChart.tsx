import { useId, useMemo, type ReactNode } from 'react';
import type { YearSlot } from '../../lib/charts/series-gaps';
import { layoutTimeSeries } from './time-series-layout';
import { TimeSeriesTable, type TimeSeriesTableText } from './TimeSeriesTable';

export interface ChartLine {
  key: string;
  label: string;
  slots: readonly YearSlot[];
  /** CSS class giving the line its colour and dash (see locality.css). */
  variant: 'subject' | 'county' | 'nation' | 'comparison';
}

interface TimeSeriesChartProps {
  /**
   * The id of the visible heading that names the chart (its accessible name), and that heading's content for the
   * table's caption: a node, so a Swedish-only indicator title stays marked as Swedish on an English page.
   */
  labelledBy: string;
  caption: ReactNode;
  lines: readonly ChartLine[];
  formatValue: (value: number) => string;
  /** Axis labels: the number only (the unit is in the title). */
  formatTick: (value: number) => string;
  gapNote: string;
  /** The table alternative's words: every chart also has its figures as a table. */
  tableText: TimeSeriesTableText;
  width?: number;
  height?: number;
}

const MARGIN = { top: 12, right: 16, bottom: 28, left: 84 };

/** Municipality, county and national lines over the years; missing years are hatched bands, not bridged. */
export function TimeSeriesChart({
  labelledBy,
  caption,
  lines,
  formatValue,
  formatTick,
  gapNote,
  tableText,
  width = 720,
  height = 280,
}: TimeSeriesChartProps) {
  const layout = useMemo(
    () =>
      layoutTimeSeries(
        lines.map((line) => ({ key: line.key, slots: line.slots })),
        { width, height, margin: MARGIN },
      ),
    [lines, width, height],
  );
  const { plot } = layout;
  const id = useId();
  return (
    <figure className="time-series">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={labelledBy}>
        <defs>
          <pattern
            id={`${id}-hatch`}
            width={6}
            height={6}
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1={0} y1={0} x2={0} y2={6} className="gap-hatch-line" strokeWidth={2} />
          </pattern>
        </defs>
        {layout.breaks.map((gap) => (
          <rect
            key={gap.from}
            x={gap.x0}
            y={plot.top}
            width={Math.max(1, gap.x1 - gap.x0)}
            height={plot.bottom - plot.top}
            fill={`url(#${id}-hatch)`}
          />
        ))}
        {layout.yTicks.map((tick) => (
          <g key={tick.value} className="axis-tick">
            <line x1={plot.left} x2={plot.right} y1={tick.y} y2={tick.y} className="grid-line" />
            <text x={plot.left - 6} y={tick.y} dy="0.32em" textAnchor="end">
              {formatTick(tick.value)}
            </text>
          </g>
        ))}
        {layout.xTicks.map((tick) => (
          <text key={tick.year} className="axis-tick" x={tick.x} y={plot.bottom + 18} textAnchor="middle">
            {tick.year}
          </text>
        ))}
        {layout.series.map((series, index) => {
          const line = lines[index];
          if (!line) return null;
          return (
            <g key={series.key} className={`line line-${line.variant}`} data-line={line.key}>
              <path d={series.path} fill="none" />
              {series.points.map((point) => (
                <circle key={point.year} cx={point.x} cy={point.y} r={line.variant === 'subject' ? 3 : 2}>
                  <title>{`${line.label} ${point.year}: ${formatValue(point.value)}`}</title>
                </circle>
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {lines.map((line) => (
            <li key={line.key} className={`legend-${line.variant}`}>
              <span className="legend-swatch" aria-hidden="true" />
              {line.label}
            </li>
          ))}
        </ul>
        {layout.breaks.length > 0 && <p className="chart-note">{gapNote}</p>}
      </figcaption>
      <TimeSeriesTable title={caption} lines={lines} formatValue={formatValue} text={tableText} />
    </figure>
  );
}
