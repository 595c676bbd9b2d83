import type { Indicator } from '../../data/contract';
import type { SexView, ValuesResponse } from '../../data/contract/api';
import { api, readJson } from './api-client';

/**
 * The first map's two answers, fetched before React and TanStack Query load (web/first-map): the same requests
 * as `catalogueQuery` and `valuesQuery`, unchecked for now. React's cache is seeded with them under those
 * queries' keys and checks them against the contract right after the first map (web/data/seed-first-answers.ts).
 */
export interface ValuesRequest {
  indicator: string;
  year: number | null;
  sex: SexView;
}

/** The catalogue's body as the API sends it (`IndicatorsResponse`). */
export interface CatalogueBody {
  indicators: Indicator[];
}

export interface FirstAnswers {
  catalogue: CatalogueBody | null;
  values: { request: ValuesRequest; body: ValuesResponse } | null;
}

/** The catalogue request (`catalogueQuery` makes the same). */
export const requestCatalogue = () => api.indicators.$get({ query: {} });

/** One indicator-year's values request (`valuesQuery` makes the same); `year: null` asks for the latest. */
export function requestValues({ indicator, year, sex }: ValuesRequest) {
  const query = { ...(year === null ? {} : { year }), ...(sex === 'total' ? {} : { sex }) };
  return api.indicators[':id'].values.$get({ param: { id: indicator }, query });
}

export const fetchCatalogue = async () => (await readJson(await requestCatalogue())) as CatalogueBody;
export const fetchValues = async (request: ValuesRequest) =>
  (await readJson(await requestValues(request))) as ValuesResponse;

export const sameRequest = (a: ValuesRequest, b: ValuesRequest) =>
  a.indicator === b.indicator && a.year === b.year && a.sex === b.sex;
