import { useMemo } from 'react';
import type { YearSlot } from './series-gaps';
import { layoutSparkline } from './sparkline-layout';

interface SparklineProps {
  slots: readonly YearSlot[];
  /** Short text for screen readers, e.g. "2011-2024, from 9 500 to 9 131". */
  label: string;
  width?: number;
  height?: number;
}

/** A small trend line drawn from precomputed d3 paths; gaps in the source stay gaps. */
export function Sparkline({ slots, label, width = 120, height = 28 }: SparklineProps) {
  const layout = useMemo(() => layoutSparkline(slots, width, height, 3), [slots, width, height]);
  if (!layout.last) return null;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img">
      <title>{label}</title>
      <path d={layout.path} fill="none" stroke="currentColor" strokeWidth={1.6} />
      {layout.isolated.map((point) => (
        <circle key={`${point.x}-${point.y}`} cx={point.x} cy={point.y} r={1.6} fill="currentColor" />
      ))}
      <circle cx={layout.last.x} cy={layout.last.y} r={2.6} className="sparkline-last" />
    </svg>
  );
}
