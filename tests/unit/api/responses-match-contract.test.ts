import { check } from '@placemarkio/check-geojson';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import {
  CatchmentResponse,
  FirmsResponse,
  FlowsResponse,
  HealthResponse,
  IndicatorsResponse,
  ProfileResponse,
  ValuesResponse,
} from '../../../data/contract/api';
import { CountyCollection, MunicipalityCollection, NeighbourCountryCollection } from '../../../data/contract';
import { app } from './app-fixture';

const cases: [string, z.ZodType][] = [
  ['/api/health', HealthResponse],
  ['/api/indicators', IndicatorsResponse],
  ['/api/indicators/housing_market_balance/values', ValuesResponse],
  ['/api/municipalities/2584', ProfileResponse],
  ['/api/municipalities/0180?similarBy=population_total,unemployment_18_65', ProfileResponse],
  ['/api/flows?municipality=2584&direction=out', FlowsResponse],
  ['/api/flows?municipality=0180', FlowsResponse],
  ['/api/firms?nace=24', FirmsResponse],
  ['/api/catchment?site=SE-MET-001&radiusKm=50', CatchmentResponse],
  ['/api/municipalities', MunicipalityCollection],
  ['/api/counties', CountyCollection],
  ['/api/neighbour-countries', NeighbourCountryCollection],
];

describe('every answer matches the contract the dashboard is typed against', () => {
  it.each(cases)('%s', async (url, schema) => {
    const res = await app.request(url);
    expect(res.status).toBe(200);
    const parsed = schema.safeParse(await res.json());
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each([
    '/api/municipalities',
    '/api/counties',
    '/api/neighbour-countries',
    '/api/firms',
    '/api/flows?municipality=2580',
  ])('%s is valid RFC 7946 GeoJSON', async (url) => {
    const text = await (await app.request(url)).text();
    expect(() => check(text)).not.toThrow();
  });
});
