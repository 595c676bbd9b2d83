import { queryOptions } from '@tanstack/react-query';
import { api, readJson } from './api-client';
import { FOREVER } from './cache-policy';

export type { MunicipalityAreas } from './geometry-schema';

export const municipalitiesQuery = queryOptions({
  queryKey: ['geometry', 'municipalities'],
  ...FOREVER,
  queryFn: async () => {
    const [body, { MunicipalityAreas }] = await Promise.all([
      api.municipalities.$get({ query: {} }).then(readJson),
      import('./geometry-schema'),
    ]);
    return MunicipalityAreas.parse(body);
  },
});

/** Where MapLibre's worker fetches geometry itself (typed URLs from the same client). */
export const GEOMETRY_URLS = {
  municipalities: api.municipalities.$url().pathname,
  counties: api.counties.$url().pathname,
  neighbours: api['neighbour-countries'].$url().pathname,
};
