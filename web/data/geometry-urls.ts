import { api } from './api-client';

/**
 * Where MapLibre's worker fetches geometry itself (typed URLs from the same client). Apart from the query options,
 * so the first map (drawn before React and TanStack Query load) can name them.
 */
export const GEOMETRY_URLS = {
  municipalities: api.municipalities.$url().pathname,
  counties: api.counties.$url().pathname,
  neighbours: api['neighbour-countries'].$url().pathname,
};
