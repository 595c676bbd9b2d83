import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import {
  computeIndex,
  resolveSpec,
  specIndicatorIds,
  WeightSetError,
  type IndexSpec,
} from '../../../data/attractiveness/model';
import { indexFrameworkQuery, indexInputsQuery } from '../../data/attractiveness-index';
import { catalogueQuery } from '../../data/catalogue-queries';
import { indexFills } from './index-colours';
import type { IndexViewState } from './index-url-state';
import { useRobustness } from './use-robustness';

/** The index for the URL's weight set, computed in the page by the same model the API uses. */
export function useIndexModel(view: IndexViewState, enabled: boolean) {
  const framework = useQuery({ ...indexFrameworkQuery, enabled });
  const catalogue = useQuery(catalogueQuery);
  const resolved = useMemo((): { spec: IndexSpec | null; error: string | null } => {
    if (!framework.data || !catalogue.data) return { spec: null, error: null };
    const known = new Set(catalogue.data.map((i) => i.id));
    try {
      return {
        spec: resolveSpec(framework.data.framework, view.weightSet, (id) => known.has(id)),
        error: null,
      };
    } catch (error) {
      if (error instanceof WeightSetError)
        return { spec: null, error: `${error.parameter}: ${error.message}` };
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
  const ready = spec && inputs.data && ids.every((id) => inputs.data.indicators.some((w) => w.id === id));
  const result = useMemo(() => (ready ? computeIndex(spec, inputs.data) : null), [ready, spec, inputs.data]);
  const colours = useMemo(() => (result ? indexFills(result) : null), [result]);
  const robustness = useRobustness(ready ? spec : null, ready ? inputs.data : undefined);
  return {
    framework: framework.data,
    catalogue: catalogue.data,
    spec,
    inputs: ready ? inputs.data : undefined,
    result,
    colours,
    robustness,
    error: resolved.error ?? framework.error?.message ?? inputs.error?.message ?? null,
  };
}

export type IndexModel = ReturnType<typeof useIndexModel>;
