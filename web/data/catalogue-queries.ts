import { queryOptions } from '@tanstack/react-query';
import { HealthResponse, IndicatorsResponse, SlimCatalogueResponse } from '../../data/contract/api';
import { api } from './api-client';
import { FOREVER } from './cache-policy';
import { parsed } from './parse-response';

/** The indicator catalogue: one key for every page that needs it. */
export const catalogueQuery = queryOptions({
  queryKey: ['indicators'],
  ...FOREVER,
  queryFn: async () => (await parsed(api.indicators.$get({ query: {} }), IndicatorsResponse)).indicators,
});

export const healthQuery = queryOptions({
  queryKey: ['health'],
  ...FOREVER,
  queryFn: () => parsed(api.health.$get(), HealthResponse),
});

/** The whole catalogue, slim (about 2,000 lines): titles for indicators outside the atlas set. */
export const slimCatalogueQuery = queryOptions({
  queryKey: ['indicators', 'catalogue'],
  ...FOREVER,
  queryFn: () => parsed(api.indicators.catalogue.$get(), SlimCatalogueResponse),
});
