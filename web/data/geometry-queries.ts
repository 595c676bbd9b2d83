import { queryOptions } from '@tanstack/react-query';
import { api, readJson } from './api-client';
import { FOREVER } from './cache-policy';

export type { MunicipalityAreas } from './geometry-schema';
export { GEOMETRY_URLS } from './geometry-urls';

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
