import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlannerState } from './url-state';
import { naceGroupOf } from '../map/palette';
import { DEFAULT_INDICATOR, choroplethModel, resolveIndicator, resolveYear } from './choropleth-model';
import { flowLines } from './flow-lines';
import { catalogueQuery } from '../data/catalogue-queries';
import { firmsQuery } from '../data/firms-queries';
import { flowsQuery } from '../data/flows-queries';
import { municipalitiesQuery } from '../data/geometry-queries';
import { valuesQuery } from '../data/values-queries';

/** Everything the planner shows, derived from the URL state and the server data TanStack Query holds. */
export function usePlannerData(state: PlannerState, mapDrawn: boolean) {
  const catalogue = useQuery(catalogueQuery);
  // Names and counties for the panel and table; the map itself never waits for this download.
  const municipalities = useQuery({
    ...municipalitiesQuery,
    enabled: mapDrawn || state.selected !== null || state.table,
  });
  const firms = useQuery(firmsQuery);
  const indicator = catalogue.data ? resolveIndicator(catalogue.data, state.indicator) : undefined;
  const year = indicator ? resolveYear(indicator, state.year) : undefined;
  // The values request starts with the catalogue, not after it: the URL (or the default) names the indicator,
  // and a year the URL does not give is the API's latest.
  const requestedIndicator = indicator?.id ?? state.indicator ?? DEFAULT_INDICATOR;
  const requestedYear =
    indicator && state.year !== null && !indicator.years.includes(state.year) ? null : state.year;
  const values = useQuery({
    ...valuesQuery(requestedIndicator, requestedYear),
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
  // Every municipality gets a state (colour or "no data"): those with values and those the API lists as missing.
  // Without values (the request failed) every municipality is set to "no data": the previous indicator's colours
  // must not stay on the map under the new indicator's name.
  const codes = useMemo(
    () =>
      values.data
        ? [...values.data.values.map((v) => v.code), ...values.data.missing]
        : [...lookups.byCode.keys()],
    [values.data, lookups],
  );

  return {
    catalogue,
    municipalities,
    firms,
    codes,
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
