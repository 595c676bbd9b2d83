import { useMemo } from 'react';
import { layoutStrip, type StripInput } from './strip-layout';

interface DistributionStripProps {
  input: StripInput;
  /** The text alternative: the same facts in words. */
  label: string;
  width?: number;
  height?: number;
}

/** Every municipality as a thin tick on one indicator's scale; the subject, county, nation and peers marked. */
export function DistributionStrip({ input, label, width = 220, height = 26 }: DistributionStripProps) {
  const layout = useMemo(() => layoutStrip(input, width, 6), [input, width]);
  const mid = height / 2;
  return (
    <svg
      className="strip"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      role="img"
      aria-label={label}
    >
      <line x1={6} x2={width - 6} y1={mid} y2={mid} className="strip-axis" />
      {layout.ticks.map((x, index) => (
        <line key={index} x1={x} x2={x} y1={mid - 5} y2={mid + 5} className="strip-tick" />
      ))}
      {layout.median !== null && (
        <line x1={layout.median} x2={layout.median} y1={2} y2={height - 2} className="strip-median" />
      )}
      {layout.peers.map((x, index) => (
        <circle key={`p${index}`} cx={x} cy={mid} r={3} className="strip-peer" />
      ))}
      {layout.county !== null && <circle cx={layout.county} cy={mid} r={4.5} className="strip-county" />}
      {layout.nation !== null && (
        <rect
          x={layout.nation - 3.5}
          y={mid - 3.5}
          width={7}
          height={7}
          transform={`rotate(45 ${layout.nation} ${mid})`}
          className="strip-nation"
        />
      )}
      {layout.subject !== null && (
        <rect x={layout.subject - 2} y={1} width={4} height={height - 2} className="strip-subject" />
      )}
    </svg>
  );
}
