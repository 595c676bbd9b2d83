import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useDeferredValue, useMemo } from 'react';
import type { IndexResult } from '../../data/contract';
import {
  resolveSpec,
  specIndicatorIds,
  WeightSetError,
  type IndexSpec,
} from '../../data/attractiveness/model';
import { indexFrameworkQuery, indexInputsQuery } from '../data/attractiveness-index';
import { catalogueQuery } from '../data/catalogue-queries';
import { indexValueFills } from './index-colours';
import type { IndexViewState } from './index-url-state';
import { LiveIndex } from './live-index';
import { useRobustness } from './use-robustness';

/**
 * The index for the URL's weight set, computed in the page by the same model the API uses. What a slider step
 * needs at once (the map's colours and the legend) comes from `live`, which re-aggregates kept scores; the full
 * result (table, details) is `useIndexResult`, rendered deferred.
 */
export function useIndexModel(view: IndexViewState, enabled: boolean) {
  const framework = useQuery({ ...indexFrameworkQuery, enabled });
  const catalogue = useQuery(catalogueQuery);
  const resolved = useMemo((): { spec: IndexSpec | null; error: WeightSetError | null } => {
    if (!framework.data || !catalogue.data) return { spec: null, error: null };
    const known = new Set(catalogue.data.map((i) => i.id));
    try {
      return {
        spec: resolveSpec(framework.data.framework, view.weightSet, (id) => known.has(id)),
        error: null,
      };
    } catch (error) {
      if (error instanceof WeightSetError) return { spec: null, error };
      throw error;
    }
  }, [framework.data, catalogue.data, view.weightSet]);
  const { spec } = resolved;
  const ids = useMemo(() => (spec ? specIndicatorIds(spec) : []), [spec]);
  const inputs = useQuery({
    ...indexInputsQuery(ids),
    enabled: enabled && ids.length > 0,
    placeholderData: keepPreviousData,
  });
  const live = useMemo(() => (inputs.data ? new LiveIndex(inputs.data) : null), [inputs.data]);
  const ready = spec && live?.covers(spec) ? spec : null;
  const colours = useMemo(
    () => (ready && live ? indexValueFills(live.inputs.codes, live.values(ready)) : null),
    [ready, live],
  );
  const robustness = useRobustness(ready, ready ? inputs.data : undefined);
  return {
    framework: framework.data,
    catalogue: catalogue.data,
    spec,
    live: ready ? live : null,
    inputs: ready ? inputs.data : undefined,
    colours,
    robustness,
    /** Shown by its code in the page's language (IndexErrorLine), never by its English message. */
    error: resolved.error ?? framework.error ?? inputs.error ?? null,
  };
}

export type IndexModel = ReturnType<typeof useIndexModel>;

/**
 * The full result, for what may lag a moving slider by a frame or more (the 290-row table, the details): rendered
 * with a deferred spec, so React renders it when no slider step is waiting and the map never waits for it.
 */
export function useIndexResult(model: IndexModel): { result: IndexResult | null; spec: IndexSpec | null } {
  const spec = useDeferredValue(model.spec);
  const { live } = model;
  const result = useMemo(() => (spec && live?.covers(spec) ? live.result(spec) : null), [spec, live]);
  return { result, spec: result ? spec : null };
}
