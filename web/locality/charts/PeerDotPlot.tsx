import { useId } from 'react';
import type { SourceRef } from '../../../data/contract';
import { dotsPath, layoutDotRow } from './dot-plot-layout';

export interface DotPlotRow {
  id: string;
  title: string;
  year: number;
  /** Citation and table id, shown under the plot (web/lib/SourceLanguageText: SourceLabel). */
  source: Pick<SourceRef, 'citation' | 'table'>;
  values: readonly { code: string; value: number }[];
  nationalMedian: number | null;
  formatValue: (value: number) => string;
}

interface PeerDotPlotProps {
  rows: readonly DotPlotRow[];
  subject: string;
  comparisons: readonly string[];
  peers: readonly string[];
  names: ReadonlyMap<string, string>;
  title: string;
  help: string;
  medianLabel: string;
  missingLabel: string;
  width?: number;
}

const LABEL_WIDTH = 90;
const ROW_HEIGHT = 58;

/**
 * One row per indicator, every municipality a dot on the row's own scale (after ONS "Explore local statistics"):
 * the spread of the country as context, the peer group and the chosen comparisons on top, the subject last.
 */
export function PeerDotPlot(props: PeerDotPlotProps) {
  const { rows, subject, comparisons, peers, names, width = 760 } = props;
  const xRange: [number, number] = [LABEL_WIDTH + 10, width - 16];
  const height = rows.length * ROW_HEIGHT + 8;
  const id = useId();
  return (
    <figure className="dot-plot">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-help`}
      >
        <title id={`${id}-title`}>{props.title}</title>
        <desc id={`${id}-help`}>{props.help}</desc>
        {rows.map((row, index) => {
          const layout = layoutDotRow(row.values, subject, comparisons, xRange, row.nationalMedian, peers);
          const y = index * ROW_HEIGHT + 30;
          const subjectDot = layout.dots.find((dot) => dot.role === 'subject');
          return (
            <g key={row.id} className="dot-row">
              <text x={0} y={y - 14} className="dot-row-title">
                {`${row.title} (${row.year})`}
              </text>
              <text x={0} y={y + 4} className="dot-row-value">
                {subjectDot ? row.formatValue(subjectDot.value) : props.missingLabel}
              </text>
              <line x1={xRange[0]} x2={xRange[1]} y1={y} y2={y} className="dot-row-axis" />
              {layout.median && (
                <line
                  x1={layout.median.x}
                  x2={layout.median.x}
                  y1={y - 10}
                  y2={y + 10}
                  className="dot-median"
                >
                  <title>{`${props.medianLabel}: ${row.formatValue(layout.median.value)}`}</title>
                </line>
              )}
              <path
                className="dot dot-background"
                d={dotsPath(
                  layout.dots.filter((dot) => dot.role === 'background').map((dot) => dot.x),
                  y,
                  3,
                )}
              />
              {layout.dots
                .filter((dot) => dot.role !== 'background')
                .map((dot) => (
                  <circle
                    key={dot.code}
                    cx={dot.x}
                    cy={y}
                    r={dot.role === 'subject' ? 7 : 5}
                    className={`dot dot-${dot.role}`}
                    data-code={dot.code}
                  >
                    <title>{`${names.get(dot.code) ?? dot.code}: ${row.formatValue(dot.value)}`}</title>
                  </circle>
                ))}
              {layout.min && layout.max && (
                <>
                  <text x={xRange[0]} y={y + 22} className="dot-row-bound">
                    {row.formatValue(layout.min.value)}
                  </text>
                  <text x={xRange[1]} y={y + 22} textAnchor="end" className="dot-row-bound">
                    {row.formatValue(layout.max.value)}
                  </text>
                </>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
