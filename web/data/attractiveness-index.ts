import { queryOptions } from '@tanstack/react-query';
import { IndexFrameworkResponse, IndexInputs } from '../../data/contract';
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

/** Where the dashboard's CSV download of the index points (same parameters as the view). */
export function indexCsvUrl(params: Record<string, string>, dialect: 'csv' | 'csv-sv'): string {
  const search = new URLSearchParams({ ...params, format: dialect });
  return `${api.index.$url().pathname}?${search.toString()}`;
}
