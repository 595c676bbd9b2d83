import { distance } from '@turf/turf';
import type { FirmSiteFeature } from '../../data/contract';
import type { FirmsResponse } from '../../data/contract/api';
import type { AtlasBuild } from '../build/atlas-build';
import { badParameter } from '../http/api-error';
import { requireMunicipality } from './lookup';

export interface FirmQuery {
  bbox?: number[];
  nace?: string;
  municipality?: string;
  near?: number[];
  radiusKm?: number;
}

export const FIRM_ATTRIBUTION =
  'Hotmaps Industrial Database (CC BY 4.0) and the sources named per site; NACE codes are indicative. ' +
  'Approximate sites are placed at their municipality.';

const DEFAULT_RADIUS_KM = 25;

/** A 2-digit query matches the division; a longer one matches that code and its sub-codes (24.1 -> 24.10). */
export function matchesNace(site: FirmSiteFeature, nace: string): boolean {
  return nace.length === 2 ? site.properties.naceGroup === nace : site.properties.nace.startsWith(nace);
}

export function insideBbox([lon, lat]: readonly number[], bbox: readonly number[]): boolean {
  const [minLon, minLat, maxLon, maxLat] = bbox as [number, number, number, number];
  return lon! >= minLon && lon! <= maxLon && lat! >= minLat && lat! <= maxLat;
}

export function firmSites(build: AtlasBuild, query: FirmQuery): FirmsResponse {
  if (query.radiusKm !== undefined && !query.near)
    throw badParameter('radiusKm', 'radiusKm needs near=lon,lat');
  if (query.municipality) requireMunicipality(build, query.municipality, 'municipality');
  const radiusKm = query.radiusKm ?? DEFAULT_RADIUS_KM;
  const features: FirmsResponse['features'] = build.firms.features
    .filter((site) => !query.nace || matchesNace(site, query.nace))
    .filter((site) => !query.municipality || site.properties.municipalityCode === query.municipality)
    .filter((site) => !query.bbox || insideBbox(site.geometry.coordinates, query.bbox))
    .flatMap((site) => {
      if (!query.near) return [{ ...site, properties: { ...site.properties } }];
      const km = distance(query.near as [number, number], site.geometry.coordinates, { units: 'kilometers' });
      if (km > radiusKm) return [];
      return [{ ...site, properties: { ...site.properties, distanceKm: Math.round(km * 10) / 10 } }];
    });
  if (query.near) features.sort((a, b) => (a.properties.distanceKm ?? 0) - (b.properties.distanceKm ?? 0));
  return { type: 'FeatureCollection', attribution: FIRM_ATTRIBUTION, features };
}
