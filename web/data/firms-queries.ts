import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import { FOREVER, STATIC } from './cache-policy';
import { parsed } from './parse-response';

export const firmsQuery = queryOptions({
  queryKey: ['firms'],
  ...FOREVER,
  queryFn: () => parsed(api.firms.$get({ query: {} }), (c) => c.FirmsResponse),
});

export function firmsInMunicipalityQuery(code: string) {
  return queryOptions({
    queryKey: ['firms', 'municipality', code],
    ...STATIC,
    queryFn: () => parsed(api.firms.$get({ query: { municipality: code } }), (c) => c.FirmsResponse),
  });
}

/** Sites within `radiusKm` of a [lon, lat] point, rounded to 5 decimals (about a metre) so keys are stable. */
export function firmsNearQuery(point: readonly [number, number], radiusKm: number) {
  const near = `${point[0].toFixed(5)},${point[1].toFixed(5)}`;
  return queryOptions({
    queryKey: ['firms', 'near', near, radiusKm],
    ...STATIC,
    queryFn: () =>
      parsed(api.firms.$get({ query: { near, radiusKm: String(radiusKm) } }), (c) => c.FirmsResponse),
  });
}
