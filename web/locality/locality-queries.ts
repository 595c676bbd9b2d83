import { useQueries, useQuery } from '@tanstack/react-query';
import type { SexView } from '../../data/contract/api';
import { catalogueQuery, healthQuery } from '../data/catalogue-queries';
import { catchmentQuery, type CatchmentCentre } from '../data/catchment-queries';
import { firmsInMunicipalityQuery, firmsNearQuery } from '../data/firms-queries';
import { flowsQuery } from '../data/flows-queries';
import { profileIndicatorQuery, profileQuery, profileSeriesQuery } from '../data/profile-queries';
import { valuesQuery } from '../data/values-queries';

export { catchmentPath, type CatchmentCentre } from '../data/catchment-queries';

/** The locality page's reads: the shared query options of web/data, with what this page adds (placeholders). */
export function useProfile(code: string, similarBy: readonly string[], sex: SexView = 'total') {
  return useQuery({
    ...profileQuery(code, similarBy, sex === 'total' ? {} : { sex }),
    placeholderData: (previous) => (previous?.municipality.code === code ? previous : undefined),
  });
}

/**
 * One indicator in detail for the municipality and each comparison municipality (the trend chart's lines), in the
 * page's sex view. Asked once the first screen is complete (`enabled`), so it never competes with it.
 */
export function useIndicatorDetails(
  codes: readonly string[],
  id: string,
  enabled: boolean,
  sex: SexView = 'total',
) {
  const view = sex === 'total' ? undefined : sex;
  return useQueries({
    queries: codes.map((code) => ({ ...profileIndicatorQuery(code, id, view), enabled })),
  });
}

/** Every atlas indicator's series (sparklines, the population trend): asked once the first screen is complete. */
export const useProfileSeries = (code: string, enabled: boolean) =>
  useQuery({ ...profileSeriesQuery(code), enabled });

export const useCatalogue = (enabled = true) => useQuery({ ...catalogueQuery, enabled });
export const useHealth = () => useQuery(healthQuery);

/** Every municipality's latest value for several indicators: the rows of the dot plot. */
export function useIndicatorValues(ids: readonly string[]) {
  return useQueries({ queries: ids.map((id) => valuesQuery(id, null)) });
}

export const useFlows = (code: string, enabled: boolean) => useQuery({ ...flowsQuery(code), enabled });

export const useFirmsInMunicipality = (code: string) => useQuery(firmsInMunicipalityQuery(code));

export function useFirmsNear(point: readonly [number, number] | null, radiusKm: number) {
  return useQuery({
    ...firmsNearQuery(point ?? [0, 0], radiusKm),
    enabled: point !== null,
    placeholderData: (previous) => previous,
  });
}

export function useCatchment(centre: CatchmentCentre | null, radiusKm: number) {
  return useQuery({
    ...catchmentQuery(centre ?? { lon: 0, lat: 0 }, radiusKm),
    enabled: centre !== null,
    placeholderData: (previous) => previous,
  });
}
