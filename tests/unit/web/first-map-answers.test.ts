import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ZodError } from 'zod';
import { IndicatorsResponse, ValuesResponse } from '../../../data/contract/api';
import { catalogueQuery } from '../../../web/data/catalogue-queries';
import { loadedApiContract } from '../../../web/data/contract-loader';
import { valuesQuery } from '../../../web/data/values-queries';
import { fetchCatalogue, fetchValues } from '../../../web/data/first-map-answers';
import { seedFirstAnswers } from '../../../web/data/seed-first-answers';
import { MAP_MARKS } from '../../../web/map/map-timing';
import { app } from '../api/app-fixture';

/**
 * The first coloured map uses the catalogue and one indicator's values before zod has loaded, and checks them
 * right after it is drawn (web/data/parse-response.ts `checkedAfterFirstMap`). These tests hold that to the
 * behaviour of a check at arrival: the real answers pass their schemas unchanged (so using the body first shows
 * the same figures), and a mismatch still ends as the query's error.
 */
let tamper: ((path: string, body: unknown) => unknown) | null = null;

beforeAll(() => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const res = await app.request(input instanceof Request ? input : String(input), init);
    if (!tamper) return res;
    const body = tamper(
      new URL(String(input instanceof Request ? input.url : input)).pathname,
      await res.json(),
    );
    return new Response(JSON.stringify(body), { status: res.status, headers: res.headers });
  });
});
afterAll(() => vi.unstubAllGlobals());

const json = async (path: string) => (await app.request(path)).json() as Promise<unknown>;

describe('the first map’s answers, checked after the first map', () => {
  // First in the file: the contract has not loaded yet, as on a page's first map.
  it('hands mismatched answers to the map at once, then turns their queries into zod’s error', async () => {
    expect(loadedApiContract()).toBeNull();
    tamper = (path, body) => {
      if (path === '/api/indicators') {
        const catalogue = body as { indicators: { years: unknown }[] };
        catalogue.indicators[0]!.years = 'not a list';
        return catalogue;
      }
      if (!path.endsWith('/values')) return body;
      const values = body as { values: { value: unknown }[] };
      values.values[0]!.value = 'not a number';
      return values;
    };
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const options = valuesQuery('population_total', 2024);
    const early = await client.fetchQuery(options);
    expect(early.values[0]!.value).toBe('not a number');
    expect(client.getQueryState(options.queryKey)?.status).toBe('success');
    // The catalogue keeps its `indicators` as the query's data: checked all the same.
    await client.fetchQuery(catalogueQuery);
    // The answers the first map was drawn with before React loaded, seeded into React's cache.
    const seeded = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    const request = { indicator: 'population_total', year: 2024, sex: 'total' } as const;
    seedFirstAnswers(seeded, {
      catalogue: await fetchCatalogue(),
      values: { request, body: await fetchValues(request) },
    });
    expect(seeded.getQueryState(options.queryKey)?.status).toBe('success');
    performance.mark(MAP_MARKS.firstColouredMap);
    for (const [on, key] of [
      [client, options.queryKey],
      [client, catalogueQuery.queryKey],
      [seeded, options.queryKey],
      [seeded, catalogueQuery.queryKey],
    ] as const) {
      await vi.waitFor(() => expect(on.getQueryState(key)?.status).toBe('error'));
      const state = on.getQueryState(key)!;
      expect(state.error).toBeInstanceOf(ZodError);
      expect(state.data).toBeUndefined();
    }
    tamper = null;
  });

  it('once the contract has loaded, checks an answer before anyone sees it, as every other query does', async () => {
    await vi.waitFor(() => expect(loadedApiContract()).not.toBeNull());
    tamper = (path, body) =>
      path === '/api/indicators' ? { ...(body as object), indicators: 'none' } : body;
    const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
    await expect(client.fetchQuery(catalogueQuery)).rejects.toBeInstanceOf(ZodError);
    tamper = null;
    const catalogue = await new QueryClient().fetchQuery(catalogueQuery);
    expect(catalogue.some((i) => i.id === 'open_unemployment_18_65')).toBe(true);
  });

  it('the real catalogue passes its schema unchanged', async () => {
    const body = await json('/api/indicators');
    expect(IndicatorsResponse.parse(body)).toEqual(body);
  });

  it('every atlas indicator’s latest values, and a split by sex, pass their schema unchanged', async () => {
    const { indicators } = IndicatorsResponse.parse(await json('/api/indicators'));
    const paths = indicators.map((i) => `/api/indicators/${i.id}/values`);
    const split = indicators.find((i) => i.bySex);
    expect(split).toBeDefined();
    paths.push(
      `/api/indicators/${split!.id}/values?sex=gap`,
      `/api/indicators/${split!.id}/values?sex=women`,
    );
    let checked = 0;
    for (const path of paths) {
      const res = await app.request(path);
      if (res.status !== 200) continue; // an indicator without municipal values answers 404: not a map
      const body = (await res.json()) as unknown;
      expect(ValuesResponse.parse(body), path).toEqual(body);
      checked++;
    }
    expect(checked).toBeGreaterThan(indicators.length / 2);
  });
});
