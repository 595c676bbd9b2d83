import { queryOptions } from '@tanstack/react-query';
import { ValuesResponse } from '../../data/contract/api';
import { api } from './api-client';
import { FOREVER } from './cache-policy';
import { parsed } from './parse-response';

/** Values of one indicator-year; `year: null` asks the API for the latest year, so no catalogue round trip first. */
export function valuesQuery(indicator: string, year: number | null) {
  return queryOptions({
    queryKey: ['values', indicator, year ?? 'latest'],
    ...FOREVER,
    queryFn: () => {
      const query = year === null ? {} : { year };
      return parsed(api.indicators[':id'].values.$get({ param: { id: indicator }, query }), ValuesResponse);
    },
  });
}

/** Where a download of one indicator-year's values lives, in the values CSV dialect asked for. */
export function valuesDownloadUrl(
  indicator: string,
  year: number,
  format: 'csv' | 'csv-sv' | 'xlsx',
): string {
  const path = api.indicators[':id'].values.$url({
    param: { id: indicator },
    query: { year, format },
  }).pathname;
  return `${path}?year=${year}&format=${format}`;
}
