import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { CountyCode, MunicipalityProperties } from '../../data/contract';
import {
  FirmsResponse,
  FlowsResponse,
  IndicatorsResponse,
  ProfileResponse,
  ValuesResponse,
} from '../../data/contract/api';
import { api, readJson } from '../lib/api-client';

/**
 * Geometry is checked for its attributes only: validating every coordinate pair would cost more time than drawing
 * the map, and the server validated the geometry when it loaded the build.
 */
const Geometry = z.custom<GeoJSON.Polygon | GeoJSON.MultiPolygon>(
  (g) => typeof g === 'object' && g !== null && 'coordinates' in g,
  'a GeoJSON geometry',
);
const areas = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.literal('FeatureCollection'),
    features: z.array(z.object({ type: z.literal('Feature'), properties, geometry: Geometry })),
  });
const MunicipalityAreas = areas(MunicipalityProperties);
const CountyAreas = areas(z.object({ code: CountyCode, name: z.string() }));
export type MunicipalityAreas = z.infer<typeof MunicipalityAreas>;

/** Build artefacts never change while the page is open: fetch once, keep forever. */
const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

export const catalogueQuery = queryOptions({
  queryKey: ['indicators'],
  ...FOREVER,
  queryFn: async () => {
    const body = IndicatorsResponse.parse(await readJson(await api.indicators.$get()));
    return body.indicators;
  },
});

export const municipalitiesQuery = queryOptions({
  queryKey: ['geometry', 'municipalities'],
  ...FOREVER,
  queryFn: async () => MunicipalityAreas.parse(await readJson(await api.municipalities.$get({ query: {} }))),
});

export const countiesQuery = queryOptions({
  queryKey: ['geometry', 'counties'],
  ...FOREVER,
  queryFn: async () => CountyAreas.parse(await readJson(await api.counties.$get({ query: {} }))),
});

export function valuesQuery(indicator: string, year: number) {
  return queryOptions({
    queryKey: ['values', indicator, year],
    ...FOREVER,
    queryFn: async () =>
      ValuesResponse.parse(
        await readJson(
          await api.indicators[':id'].values.$get({ param: { id: indicator }, query: { year } }),
        ),
      ),
  });
}

export const firmsQuery = queryOptions({
  queryKey: ['firms'],
  ...FOREVER,
  queryFn: async () => FirmsResponse.parse(await readJson(await api.firms.$get({ query: {} }))),
});

export function flowsQuery(municipality: string) {
  return queryOptions({
    queryKey: ['flows', municipality],
    ...FOREVER,
    queryFn: async () =>
      FlowsResponse.parse(
        await readJson(await api.flows.$get({ query: { municipality, direction: 'both' } })),
      ),
  });
}

export const useCatalogue = () => useQuery(catalogueQuery);
export const useMunicipalities = () => useQuery(municipalitiesQuery);
export const useCounties = () => useQuery(countiesQuery);
export const useFirms = () => useQuery(firmsQuery);

export function profileQuery(code: string) {
  return queryOptions({
    queryKey: ['profile', code],
    ...FOREVER,
    queryFn: async () =>
      ProfileResponse.parse(
        await readJson(await api.municipalities[':code'].$get({ param: { code }, query: {} })),
      ),
  });
}
