import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { PlannerState } from './url-state';
import { naceGroupOf } from '../map/palette';
import { DEFAULT_INDICATOR, resolveIndicator, resolveYear } from './choropleth-model';
import { cachedChoropleth } from './choropleth-cache';
import { flowLines } from './flow-lines';
import { catalogueQuery, indicatorDetailsQuery } from '../data/catalogue-queries';
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
  // Firm sites are a deferred layer: their request (and the contract that checks it) waits for the first map.
  const firms = useQuery({ ...firmsQuery, enabled: mapDrawn });
  // Any other Kolada KPI is known from its details entry; the atlas set needs no extra request.
  const wanted = state.indicator;
  const outsideAtlas =
    wanted !== null &&
    (catalogue.data ? !catalogue.data.some((i) => i.id === wanted) : wanted.startsWith('kolada_'));
  const details = useQuery({ ...indicatorDetailsQuery(wanted ?? ''), enabled: outsideAtlas });
  const known = useMemo(
    () => [...(details.data ? [details.data.indicator] : []), ...(catalogue.data ?? [])],
    [catalogue.data, details.data],
  );
  // An unknown id falls back to the default indicator (as a bad link always has); a known one waits for its entry.
  const settled = catalogue.data && (!outsideAtlas || details.data || details.isError);
  const indicator = settled ? resolveIndicator(known, details.data?.indicator.id ?? wanted) : undefined;
  const year = indicator ? resolveYear(indicator, state.year) : undefined;
  // The split by sex only where Kolada publishes one; a link asking for it elsewhere shows the total.
  const sex = indicator && !indicator.bySex ? 'total' : state.sex;
  // The values request starts with the catalogue, not after it: the URL (or the default) names the indicator,
  // and a year the URL does not give is the API's latest.
  const requestedIndicator = indicator?.id ?? state.indicator ?? DEFAULT_INDICATOR;
  const requestedYear =
    indicator && state.year !== null && !indicator.years.includes(state.year) ? null : state.year;
  const values = useQuery({
    ...valuesQuery(requestedIndicator, requestedYear, sex),
    placeholderData: keepPreviousData,
  });
  const flows = useQuery({ ...flowsQuery(state.selected ?? ''), enabled: Boolean(state.selected) });

  // The colouring follows the values actually loaded, so a slow request never mixes two indicators' scales.
  const shownIndicator = known.find((i) => i.id === values.data?.indicator.id);
  const model = useMemo(
    () =>
      shownIndicator && values.data
        ? cachedChoropleth(shownIndicator, values.data, state.classification).model
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
    sex,
    values,
    shownIndicator,
    model,
    lookups,
    firmSites,
    flows,
    lines,
  };
}
