import type { QueryClient } from '@tanstack/react-query';
import type { Indicator } from '../../data/contract';
import type { SexView, ValuesResponse } from '../../data/contract/api';
import type { ClassificationMethod } from '../lib/classification';
import type { Colouring } from '../map/colouring-channel';
import { valuesQuery } from '../data/values-queries';
import { cachedChoropleth } from './choropleth-cache';

/** What the map is coloured by, apart from the year. */
export interface YearColouringOf {
  indicator: Indicator;
  sex: SexView;
  classification: ClassificationMethod;
}

/** The colouring of one year (null: the latest) from the values already cached (undefined: not fetched yet). */
export function cachedYearColouring(
  client: QueryClient,
  of: YearColouringOf,
  year: number | null,
): Colouring | undefined {
  const values = client.getQueryData(valuesQuery(of.indicator.id, year, of.sex).queryKey);
  return values && colouringOf(of, values);
}

/** Whether one year's values (null: the latest) are cached already: no colouring is computed to find out. */
export function yearValuesCached(client: QueryClient, of: YearColouringOf, year: number | null): boolean {
  return client.getQueryData(valuesQuery(of.indicator.id, year, of.sex).queryKey) !== undefined;
}

/** The colouring of one year (null: the latest), fetched (under the page's own query key) if need be. */
export async function fetchYearColouring(
  client: QueryClient,
  of: YearColouringOf,
  year: number | null,
): Promise<Colouring> {
  return colouringOf(of, await client.fetchQuery(valuesQuery(of.indicator.id, year, of.sex)));
}

/** Every year of the indicator into the query cache, one request per year not cached yet (as the page asks). */
export async function prefetchYears(
  client: QueryClient,
  of: Omit<YearColouringOf, 'classification'>,
): Promise<void> {
  await Promise.all(
    of.indicator.years.map((year) => client.prefetchQuery(valuesQuery(of.indicator.id, year, of.sex))),
  );
}

const colouringOf = (of: YearColouringOf, values: ValuesResponse) =>
  cachedChoropleth(of.indicator, values, of.classification).colouring;
