import { queryOptions } from '@tanstack/react-query';
import type { SexView } from '../../data/contract/api';
import { api } from './api-client';
import { FOREVER } from './cache-policy';
import { checkedAfterFirstMap } from './parse-response';
import { requestValues } from './first-map-answers';

/**
 * Values of one indicator-year; `year: null` asks the API for the latest year, so no catalogue round trip first.
 * `sex` picks Kolada's split (women, men, or the gap women − men) for KPIs that have one; total is the default.
 */
export function valuesQuery(indicator: string, year: number | null, sex: SexView = 'total') {
  return queryOptions({
    queryKey: ['values', indicator, year ?? 'latest', sex],
    ...FOREVER,
    queryFn: (context) =>
      checkedAfterFirstMap(requestValues({ indicator, year, sex }), (c) => c.ValuesResponse, context),
  });
}

/** Where a download of one indicator-year's values lives, in the values CSV dialect asked for (and its sex view). */
export function valuesDownloadUrl(
  indicator: string,
  year: number,
  format: 'csv' | 'csv-sv' | 'xlsx',
  sex: SexView = 'total',
): string {
  const path = api.indicators[':id'].values.$url({
    param: { id: indicator },
    query: { year, format },
  }).pathname;
  return `${path}?year=${year}&format=${format}${sex === 'total' ? '' : `&sex=${sex}`}`;
}
