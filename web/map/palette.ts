import type { ExpressionSpecification } from '@maplibre/maplibre-gl-style-spec';
import { NO_DATA_COLOUR } from '../lib/colour-scale';

/**
 * Fixed colours of the base map and overlays. Point and line colours come from the Okabe-Ito palette, which stays
 * distinguishable with the common forms of colour blindness.
 */
export const PALETTE = {
  water: '#dce6ee',
  // Its own contrast with the water marks the coast: the neighbours have no coastline line (it cost every drag frame).
  land: '#e2dfd5',
  landOutline: '#c9c5bc',
  /** The fill's 1-pixel outline: white at 60 %, about as strong as the 0.2-1.2 px line it replaced. */
  municipalityOutline: 'rgba(255, 255, 255, 0.6)',
  countyOutline: '#4a4a4a',
  noData: NO_DATA_COLOUR,
  hatch: '#8c8c8c',
  selected: '#000000',
  flowIn: '#0072B2',
  flowOut: '#D55E00',
  flowCasing: '#ffffff',
  cluster: '#3b3b3b',
} as const;

export const NACE_GROUPS = ['24', '25', 'other'] as const;
export type NaceGroup = (typeof NACE_GROUPS)[number];

export const NACE_COLOURS: Record<NaceGroup, string> = {
  '24': '#E69F00',
  '25': '#56B4E9',
  other: '#CC79A7',
};

/** "24" and "25" keep their group; everything else (defence, chainsaws, ...) is "other". */
export function naceGroupOf(naceGroup: string): NaceGroup {
  return naceGroup === '24' || naceGroup === '25' ? naceGroup : 'other';
}

/** A firm site's colour by its two-digit NACE group, for the planner map and the locality mini-map alike. */
export const NACE_COLOUR_EXPRESSION: ExpressionSpecification = [
  'match',
  ['get', 'naceGroup'],
  '24',
  NACE_COLOURS['24'],
  '25',
  NACE_COLOURS['25'],
  NACE_COLOURS.other,
];
