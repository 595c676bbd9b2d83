import { extent, scaleLinear } from 'd3';

/**
 * How a municipality is drawn in a row: the subject stands out, the user's comparisons are labelled, the chosen
 * peer group is highlighted, the rest is national context.
 */
export type DotRole = 'subject' | 'comparison' | 'peer' | 'background';

export interface DotInput {
  code: string;
  value: number;
}

export interface PlacedDot {
  code: string;
  value: number;
  x: number;
  role: DotRole;
}

export interface DotRowLayout {
  dots: PlacedDot[];
  /** Smallest and largest value among all municipalities with data, with their x (the row's ends). */
  min: { value: number; x: number } | null;
  max: { value: number; x: number } | null;
  median: { value: number; x: number } | null;
  /** Codes of comparisons that have no value in this row: listed as missing, not drawn at zero. */
  missing: string[];
}

/**
 * Places every municipality with data on one horizontal row (the ONS "Explore local statistics" layout):
 * background dots give the national spread, the subject and its comparisons are drawn on top, in that order.
 * Each row has its own scale, so rows with different units can sit under each other.
 */
export function layoutDotRow(
  values: readonly DotInput[],
  subject: string,
  comparisons: readonly string[],
  xRange: [number, number],
  nationalMedian: number | null = null,
  peers: readonly string[] = [],
): DotRowLayout {
  const [min, max] = extent(values, (dot) => dot.value);
  if (min === undefined || max === undefined) {
    return { dots: [], min: null, max: null, median: null, missing: [...comparisons] };
  }
  const x = scaleLinear()
    .domain(min === max ? [min - 1, max + 1] : [min, max])
    .range(xRange);
  const compared = new Set(comparisons);
  const peerSet = new Set(peers);
  const roleOf = (code: string): DotRole => {
    if (code === subject) return 'subject';
    if (compared.has(code)) return 'comparison';
    return peerSet.has(code) ? 'peer' : 'background';
  };
  const order: Record<DotRole, number> = { background: 0, peer: 1, comparison: 2, subject: 3 };
  const dots = values
    .map((dot) => ({ code: dot.code, value: dot.value, x: x(dot.value), role: roleOf(dot.code) }))
    .sort((a, b) => order[a.role] - order[b.role]);
  const present = new Set(values.map((dot) => dot.code));
  return {
    dots,
    min: { value: min, x: x(min) },
    max: { value: max, x: x(max) },
    median: nationalMedian === null ? null : { value: nationalMedian, x: x(nationalMedian) },
    missing: comparisons.filter((code) => !present.has(code)),
  };
}

/**
 * All background dots of a row as one SVG path of small circles: 290 context dots per row stay cheap for the
 * browser and for accessibility checks, while the labelled dots (subject, peers, comparisons) stay elements.
 *
 * @example
 * dotsPath([10], 5, 2) // "M8,5a2,2 0 1,0 4,0a2,2 0 1,0 -4,0"
 */
export function dotsPath(xs: readonly number[], y: number, r: number): string {
  const round = (value: number) => Math.round(value * 10) / 10;
  return xs
    .map((x) => `M${round(x - r)},${round(y)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`)
    .join('');
}
