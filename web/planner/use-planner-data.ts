import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlannerState } from '../lib/url-state';
import { naceGroupOf } from '../map/palette';
import { choroplethModel, resolveIndicator, resolveYear } from './choropleth-model';
import { flowLines } from './flow-lines';
import { flowsQuery, useCatalogue, useCounties, useFirms, useMunicipalities, valuesQuery } from './queries';

/** Everything the planner shows, derived from the URL state and the server data TanStack Query holds. */
export function usePlannerData(state: PlannerState) {
  const catalogue = useCatalogue();
  const municipalities = useMunicipalities();
  const counties = useCounties();
  const firms = useFirms();
  const indicator = catalogue.data ? resolveIndicator(catalogue.data, state.indicator) : undefined;
  const year = indicator ? resolveYear(indicator, state.year) : undefined;
  const values = useQuery({
    ...valuesQuery(indicator?.id ?? '', year ?? 0),
    enabled: Boolean(indicator && year),
    placeholderData: keepPreviousData,
  });
  const flows = useQuery({ ...flowsQuery(state.selected ?? ''), enabled: Boolean(state.selected) });

  // The colouring follows the values actually loaded, so a slow request never mixes two indicators' scales.
  const shownIndicator = catalogue.data?.find((i) => i.id === values.data?.indicator.id);
  const model = useMemo(
    () =>
      shownIndicator && values.data
        ? choroplethModel(shownIndicator, values.data, state.classification)
        : undefined,
    [shownIndicator, values.data, state.classification],
  );

  const lookups = useMemo(() => {
    const features = municipalities.data?.features ?? [];
    return {
      codes: features.map((f) => f.properties.code),
      byCode: new Map(features.map((f) => [f.properties.code, f.properties])),
      countyOf: new Map(features.map((f) => [f.properties.code, `${f.properties.countyName}`])),
      nameOf: new Map(features.map((f) => [f.properties.code, f.properties.name])),
    };
  }, [municipalities.data]);

  const firmSites = useMemo((): GeoJSON.FeatureCollection | undefined => {
    if (!firms.data) return undefined;
    const features = firms.data.features.filter((f) =>
      state.nace.includes(naceGroupOf(f.properties.naceGroup)),
    );
    return { type: 'FeatureCollection', features };
  }, [firms.data, state.nace]);

  const lines = useMemo(() => flowLines(flows.data), [flows.data]);

  return {
    catalogue,
    municipalities,
    counties,
    firms,
    indicator,
    year,
    values,
    shownIndicator,
    model,
    lookups,
    firmSites,
    flows,
    lines,
  };
}
