/** Okabe–Ito colours (colour-blind safe) for pillars in the contribution bar, in framework order. */
export const PILLAR_COLOURS = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
];

export const pillarColour = (position: number): string => PILLAR_COLOURS[position % PILLAR_COLOURS.length]!;
