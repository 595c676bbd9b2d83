import type { CatchmentCentre } from '../locality-queries';
import { CENTRE_SITE } from '../url-state';

/**
 * What the catchment is centred on: a firm site by id, or the municipality's interior point for `centre`;
 * null while either is still unknown.
 *
 * @example
 * catchmentCentreFor('centre', [13.8, 57.36]) // { lon: 13.8, lat: 57.36 }
 */
export function catchmentCentreFor(
  site: string | null,
  interiorPoint: readonly [number, number] | null,
): CatchmentCentre | null {
  if (site === null) return null;
  if (site !== CENTRE_SITE) return { site };
  return interiorPoint ? { lon: interiorPoint[0], lat: interiorPoint[1] } : null;
}
