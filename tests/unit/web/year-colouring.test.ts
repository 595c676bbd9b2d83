import { QueryClient } from '@tanstack/react-query';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Indicator } from '../../../data/contract';
import type { IndicatorsResponse, ValuesResponse } from '../../../data/contract/api';
import { choroplethModel } from '../../../web/planner/choropleth-model';
import { cachedYearColouring, fetchYearColouring, prefetchYears } from '../../../web/planner/year-colouring';
import { app } from '../api/app-fixture';

/** The year slider's frames read colours made once per year from the page's own cached answers. */
let indicator: Indicator;
let requests: string[] = [];

beforeAll(async () => {
  vi.stubGlobal('fetch', async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    requests.push(new URL(url, 'http://atlas').pathname + new URL(url, 'http://atlas').search);
    return app.request(input instanceof Request ? input : url, init);
  });
  const catalogue = (await (await app.request('/api/indicators')).json()) as IndicatorsResponse;
  indicator = catalogue.indicators.find((i) => i.id === 'unemployment_18_65')!;
});
afterAll(() => vi.unstubAllGlobals());

describe('year colourings for a slider drag', () => {
  it('are not there before the years are fetched, then every year is, one request each', async () => {
    const client = new QueryClient();
    const of = { indicator, sex: 'total' as const, classification: 'quantile' as const };
    expect(indicator.years.length).toBeGreaterThan(4);
    expect(cachedYearColouring(client, of, indicator.years[0]!)).toBeUndefined();
    requests = [];
    await prefetchYears(client, of);
    await prefetchYears(client, of);
    expect(requests.filter((r) => r.includes('/unemployment_18_65/values'))).toHaveLength(
      indicator.years.length,
    );
    for (const year of indicator.years) {
      const colouring = cachedYearColouring(client, of, year)!;
      expect(colouring.key).toBe(`unemployment_18_65:${year}:quantile`);
      // The same object every frame: a drag's frames allocate no colours.
      expect(cachedYearColouring(client, of, year)).toBe(colouring);
      // The colours the page's own model gives for that year's answer, every municipality in the list.
      const values = (await (
        await app.request(`/api/indicators/unemployment_18_65/values?year=${year}`)
      ).json()) as ValuesResponse;
      expect([...colouring.fills]).toEqual([...choroplethModel(indicator, values, 'quantile').fills]);
      expect(new Set(colouring.codes).size).toBe(290);
    }
  });

  it('fetches a year not cached yet under the key the page uses', async () => {
    const client = new QueryClient();
    const of = { indicator, sex: 'total' as const, classification: 'equal' as const };
    const year = indicator.years[1]!;
    const colouring = await fetchYearColouring(client, of, year);
    expect(colouring.key).toBe(`unemployment_18_65:${year}:equal`);
    expect(cachedYearColouring(client, of, year)).toBe(colouring);
  });
});
