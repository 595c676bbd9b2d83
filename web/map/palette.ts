import { NO_DATA_COLOUR } from '../lib/colour-scale';

/**
 * Fixed colours of the base map and overlays. Point and line colours come from the Okabe-Ito palette, which stays
 * distinguishable with the common forms of colour blindness.
 */
export const PALETTE = {
  water: '#dce6ee',
  land: '#eceae4',
  landOutline: '#c9c5bc',
  municipalityOutline: '#ffffff',
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
