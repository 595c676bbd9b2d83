import type { Unit } from '../contract';

/**
 * The widest values a municipality's figure can take in each unit, with room to spare: far beyond any real
 * figure, far below where sums and means of 290 values lose precision or overflow. A value outside is a typo,
 * a wrong unit or an attack, and is refused at preview with its line and column.
 */
export const PLAUSIBLE_RANGE: Record<Unit, { min: number; max: number }> = {
  // Twice Sweden's population: counts of people, also as changes (negative).
  persons: { min: -2e7, max: 2e7 },
  // Shares are 0-100; changes may pass 100 % but not a thousand-fold.
  percent: { min: -1e5, max: 1e5 },
  // A municipality's budget is below 1e11 SEK.
  sek: { min: -1e13, max: 1e13 },
  sek_per_m2: { min: 0, max: 1e7 },
  ratio: { min: -1e6, max: 1e6 },
  dwellings: { min: -1e7, max: 1e7 },
  per_1000_inhabitants: { min: -1e6, max: 1e6 },
  per_100000_inhabitants: { min: -1e8, max: 1e8 },
  years: { min: -200, max: 200 },
  km: { min: 0, max: 1e5 },
  category: { min: -1000, max: 1000 },
  thousand_sek_per_inhabitant: { min: -1e7, max: 1e7 },
  count: { min: -1e9, max: 1e9 },
  sek_per_inhabitant: { min: -1e10, max: 1e10 },
  per_10000_inhabitants: { min: -1e7, max: 1e7 },
  // Kolada's own wording of a unit the atlas could not parse: bounded only against overflow.
  as_written: { min: -1e12, max: 1e12 },
};
