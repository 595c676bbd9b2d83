import { useQueries, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import {
  CatchmentResponse,
  FirmsResponse,
  FlowsResponse,
  HealthResponse,
  IndicatorsResponse,
  ProfileResponse,
  ValuesResponse,
} from '../../data/contract/api';
import { api, readJson } from '../lib/api-client';

/** Reads a typed-client response and validates it against the shared contract, so a drifted server fails loudly. */
async function parsed<T>(request: Promise<Response>, schema: z.ZodType<T>): Promise<T> {
  return schema.parse(await readJson(await request));
}

function profileRequest(code: string, similarBy: readonly string[]): Promise<Response> {
  const query = similarBy.length > 0 ? { similarBy: similarBy.join(',') } : {};
  return api.municipalities[':code'].$get({ param: { code }, query });
}

const STATIC = { staleTime: Infinity, gcTime: 30 * 60_000 } as const;

export function useProfile(code: string, similarBy: readonly string[]) {
  return useQuery({
    queryKey: ['locality', 'profile', code, similarBy.join(',')],
    queryFn: () => parsed(profileRequest(code, similarBy), ProfileResponse),
    placeholderData: (previous) => (previous?.municipality.code === code ? previous : undefined),
    ...STATIC,
  });
}

/** Profiles of the comparison municipalities (their own series, for the time-series chart). */
export function useComparisonProfiles(codes: readonly string[]) {
  return useQueries({
    queries: codes.map((code) => ({
      queryKey: ['locality', 'profile', code, ''],
      queryFn: () => parsed(profileRequest(code, []), ProfileResponse),
      ...STATIC,
    })),
  });
}

export function useCatalogue() {
  return useQuery({
    queryKey: ['locality', 'indicators'],
    queryFn: () => parsed(api.indicators.$get({ query: {} }), IndicatorsResponse),
    ...STATIC,
  });
}

export function useHealth() {
  return useQuery({
    queryKey: ['locality', 'health'],
    queryFn: () => parsed(api.health.$get(), HealthResponse),
    ...STATIC,
  });
}

/** Every municipality's latest value for several indicators: the rows of the dot plot. */
export function useIndicatorValues(ids: readonly string[]) {
  return useQueries({
    queries: ids.map((id) => ({
      queryKey: ['locality', 'values', id],
      queryFn: () => parsed(api.indicators[':id'].values.$get({ param: { id }, query: {} }), ValuesResponse),
      ...STATIC,
    })),
  });
}

export function useFlows(code: string, enabled: boolean) {
  return useQuery({
    queryKey: ['locality', 'flows', code],
    queryFn: () =>
      parsed(api.flows.$get({ query: { municipality: code, direction: 'both' } }), FlowsResponse),
    enabled,
    ...STATIC,
  });
}

export function useFirmsInMunicipality(code: string) {
  return useQuery({
    queryKey: ['locality', 'firms', 'municipality', code],
    queryFn: () => parsed(api.firms.$get({ query: { municipality: code } }), FirmsResponse),
    ...STATIC,
  });
}

export function useFirmsNear(point: readonly [number, number] | null, radiusKm: number) {
  const near = point ? `${point[0].toFixed(5)},${point[1].toFixed(5)}` : '';
  return useQuery({
    queryKey: ['locality', 'firms', 'near', near, radiusKm],
    queryFn: () => parsed(api.firms.$get({ query: { near, radiusKm: String(radiusKm) } }), FirmsResponse),
    enabled: point !== null,
    placeholderData: (previous) => previous,
    ...STATIC,
  });
}

/** Where a catchment is centred: a firm site, or a point (the municipality's interior point). */
export type CatchmentCentre = { site: string } | { lon: number; lat: number };

export function catchmentPath(centre: CatchmentCentre, radiusKm: number): string {
  return 'site' in centre
    ? `/api/catchment?site=${encodeURIComponent(centre.site)}&radiusKm=${radiusKm}`
    : `/api/catchment?lon=${centre.lon.toFixed(5)}&lat=${centre.lat.toFixed(5)}&radiusKm=${radiusKm}`;
}

function catchmentRequest(centre: CatchmentCentre, radiusKm: number): Promise<Response> {
  const query =
    'site' in centre
      ? { site: centre.site, radiusKm: String(radiusKm) }
      : { lon: centre.lon.toFixed(5), lat: centre.lat.toFixed(5), radiusKm: String(radiusKm) };
  return api.catchment.$get({ query });
}

export function useCatchment(centre: CatchmentCentre | null, radiusKm: number) {
  const path = centre ? catchmentPath(centre, radiusKm) : '';
  return useQuery({
    queryKey: ['locality', 'catchment', path],
    queryFn: () => parsed(catchmentRequest(centre!, radiusKm), CatchmentResponse),
    enabled: centre !== null,
    placeholderData: (previous) => previous,
    ...STATIC,
  });
}
