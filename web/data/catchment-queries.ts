import { queryOptions } from '@tanstack/react-query';
import { CatchmentResponse } from '../../data/contract/api-catchment';
import { api } from './api-client';
import { STATIC } from './cache-policy';
import { parsed } from './parse-response';

/** Where a catchment is centred: a firm site, or a point (the municipality's interior point). */
export type CatchmentCentre = { site: string } | { lon: number; lat: number };

export function catchmentPath(centre: CatchmentCentre, radiusKm: number): string {
  return 'site' in centre
    ? `/api/catchment?site=${encodeURIComponent(centre.site)}&radiusKm=${radiusKm}`
    : `/api/catchment?lon=${centre.lon.toFixed(5)}&lat=${centre.lat.toFixed(5)}&radiusKm=${radiusKm}`;
}

export function catchmentQuery(centre: CatchmentCentre, radiusKm: number) {
  const query =
    'site' in centre
      ? { site: centre.site, radiusKm: String(radiusKm) }
      : { lon: centre.lon.toFixed(5), lat: centre.lat.toFixed(5), radiusKm: String(radiusKm) };
  return queryOptions({
    queryKey: ['catchment', catchmentPath(centre, radiusKm)],
    ...STATIC,
    queryFn: () => parsed(api.catchment.$get({ query }), CatchmentResponse),
  });
}
