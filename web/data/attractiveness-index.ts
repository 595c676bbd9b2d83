import { queryOptions } from '@tanstack/react-query';
import { IndexFrameworkResponse, IndexInputs, IndexResponse } from '../../data/contract';
import { api, readJson } from './api-client';
import { FOREVER } from './cache-policy';

/** Server queries of the attractiveness index: one key per endpoint; the answers never change within a build. */
export const indexFrameworkQuery = queryOptions({
  queryKey: ['index', 'framework'],
  ...FOREVER,
  queryFn: async () => IndexFrameworkResponse.parse(await readJson(await api.index.framework.$get())),
});

/** The model's inputs for these indicators (sorted, so the same set is one cache entry). */
export function indexInputsQuery(indicators: readonly string[]) {
  const ids = [...indicators].sort();
  return queryOptions({
    queryKey: ['index', 'inputs', ids.join(',')],
    ...FOREVER,
    queryFn: async () =>
      IndexInputs.parse(
        await readJson(await api.index.inputs.$get({ query: { indicators: ids.join(',') } })),
      ),
  });
}

/**
 * The API's index for the default weights (ranks and their robustness intervals): what the printed brief quotes, so
 * a printed rank is the one `GET /api/index` gives any other client.
 */
export const defaultIndexQuery = queryOptions({
  queryKey: ['index', 'default'],
  ...FOREVER,
  queryFn: async () => IndexResponse.parse(await readJson(await fetch(indexPath()))),
});

/**
 * `/api/index`: hono/client reads a path segment named "index" as the root (`api.index.$url()` is `/api`), so
 * the path is taken from a sibling route.
 */
const indexPath = () => api.index.framework.$url().pathname.replace(/\/framework$/, '');

/** Where the dashboard's CSV download of the index points (same parameters as the view). */
export function indexCsvUrl(params: Record<string, string>, dialect: 'csv' | 'csv-sv'): string {
  const search = new URLSearchParams({ ...params, format: dialect });
  return `${indexPath()}?${search.toString()}`;
}
