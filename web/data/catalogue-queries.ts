import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import { FOREVER } from './cache-policy';
import { checkedAfterFirstMap, parsed } from './parse-response';
import { requestCatalogue } from './first-map-answers';

/** The indicator catalogue: one key for every page that needs it (checked against the contract after the first map). */
export const catalogueQuery = queryOptions({
  queryKey: ['indicators'],
  ...FOREVER,
  queryFn: (context) =>
    checkedAfterFirstMap(
      requestCatalogue(),
      (c) => c.IndicatorsResponse,
      context,
      (body) => body.indicators,
    ),
});

/**
 * Every indicator of the build in one slim line each (no descriptions): what the pickers search and group. Pages
 * load it lazily (when a picker opens, or after the first map), never before the first map.
 */
export const slimCatalogueQuery = queryOptions({
  queryKey: ['indicators', 'catalogue'],
  ...FOREVER,
  queryFn: () => parsed(api.indicators.catalogue.$get(), (c) => c.SlimCatalogueResponse),
});

/** One indicator's full entry (years, units, rules, Kolada's description): how a page knows a non-atlas KPI. */
export function indicatorDetailsQuery(id: string) {
  return queryOptions({
    queryKey: ['indicators', 'details', id],
    ...FOREVER,
    queryFn: () => parsed(api.indicators[':id'].$get({ param: { id } }), (c) => c.IndicatorDetailsResponse),
  });
}

/** Ranked search of the whole catalogue (titles, Kolada groups, descriptions; case and å/ä/ö folded). */
export function indicatorSearchQuery(q: string, group: string | null, limit: number) {
  return queryOptions({
    queryKey: ['indicators', 'search', q, group ?? '', limit],
    ...FOREVER,
    queryFn: async () => {
      const query = { q, limit: String(limit), ...(group === null ? {} : { group }) };
      const body = await parsed(api.indicators.$get({ query }), (c) => c.IndicatorsResponse);
      return { matches: body.matches ?? [], total: body.total ?? 0 };
    },
  });
}

export const healthQuery = queryOptions({
  queryKey: ['health'],
  ...FOREVER,
  queryFn: () => parsed(api.health.$get(), (c) => c.HealthResponse),
});
