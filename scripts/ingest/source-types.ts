import type { IndicatorId, ManifestInput } from '../../data/contract';

/**
 * Area code as stored in raw observations: a 4-digit municipality code ("0617"),
 * a 2-digit county code ("06"), or "SE" for the whole country.
 */
export type AreaCode = string;
export const NATIONAL_AREA: AreaCode = 'SE';

/** One value as a source gives it, already normalised (shares in percent, prices in SEK, codes as strings). */
export interface RawObservation {
  indicator: IndicatorId;
  area: AreaCode;
  year: number;
  value: number;
  /** Source definition id (data/sources), e.g. "scb-population" or "kolada". */
  source: string;
}

/** What every source loader (offline file, live API, user CSV) hands to the build step. */
export interface SourceResult {
  observations: RawObservation[];
  inputs: ManifestInput[];
  warnings: string[];
}
