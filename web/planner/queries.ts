import { queryOptions, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { MunicipalityProperties } from '../../data/contract/geography';
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
export type MunicipalityAreas = z.infer<typeof MunicipalityAreas>;

/** Build artefacts never change while the page is open: fetch once, keep forever. */
const FOREVER = { staleTime: Infinity, gcTime: Infinity } as const;

export const catalogueQuery = queryOptions({
  queryKey: ['indicators'],
  ...FOREVER,
  queryFn: async () => {
    const body = IndicatorsResponse.parse(await readJson(await api.indicators.$get({ query: {} })));
    return body.indicators;
  },
});

export const municipalitiesQuery = queryOptions({
  queryKey: ['geometry', 'municipalities'],
  ...FOREVER,
  queryFn: async () => MunicipalityAreas.parse(await readJson(await api.municipalities.$get({ query: {} }))),
});

/** Values of one indicator-year; `year: null` asks the API for the latest year, so no catalogue round trip first. */
export function valuesQuery(indicator: string, year: number | null) {
  return queryOptions({
    queryKey: ['values', indicator, year ?? 'latest'],
    ...FOREVER,
    queryFn: async () => {
      const query = year === null ? {} : { year };
      const response = await api.indicators[':id'].values.$get({ param: { id: indicator }, query });
      return ValuesResponse.parse(await readJson(response));
    },
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
export const useMunicipalities = (enabled: boolean) => useQuery({ ...municipalitiesQuery, enabled });
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

/** Where MapLibre's worker fetches geometry itself (typed URLs from the same client). */
export const GEOMETRY_URLS = {
  municipalities: api.municipalities.$url().pathname,
  counties: api.counties.$url().pathname,
};
