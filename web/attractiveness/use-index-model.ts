import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useCallback, useDeferredValue, useMemo } from 'react';
import type { IndexResult, WeightSet } from '../../data/contract';
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
 * needs at once (the map's colours and the legend) comes from `live`, which re-aggregates kept scores: for a
 * moving slider through `colouringOf`, called outside the render; the full result (table, details) is
 * `useIndexResult`, for the URL's view.
 */
export function useIndexModel(view: IndexViewState, enabled: boolean) {
  const framework = useQuery({ ...indexFrameworkQuery, enabled });
  // Read from the cache while disabled (the planner has it), fetched only for an enabled model.
  const catalogue = useQuery({ ...catalogueQuery, enabled });
  const known = useMemo(
    () => (catalogue.data ? new Set(catalogue.data.map((i) => i.id)) : null),
    [catalogue.data],
  );
  const resolve = useCallback(
    (weightSet: WeightSet): { spec: IndexSpec | null; error: WeightSetError | null } => {
      if (!framework.data || !known) return { spec: null, error: null };
      try {
        return { spec: resolveSpec(framework.data.framework, weightSet, (id) => known.has(id)), error: null };
      } catch (error) {
        if (error instanceof WeightSetError) return { spec: null, error };
        throw error;
      }
    },
    [framework.data, known],
  );
  const resolved = useMemo(() => resolve(view.weightSet), [resolve, view.weightSet]);
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
  /** The spec of a weight set a slider shows before the URL does (its shares); null while it cannot resolve. */
  const specOf = useCallback((weightSet: WeightSet) => resolve(weightSet).spec, [resolve]);
  /** A moving slider's colours (one weighted sum per municipality), or null until the inputs cover them. */
  const colouringOf = useCallback(
    (weightSet: WeightSet) => {
      const moving = resolve(weightSet).spec;
      return moving && live?.covers(moving) ? indexValueFills(live.inputs.codes, live.values(moving)) : null;
    },
    [resolve, live],
  );
  const robustness = useRobustness(ready, ready ? inputs.data : undefined);
  return {
    framework: framework.data,
    catalogue: catalogue.data,
    spec,
    specOf,
    colouringOf,
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
