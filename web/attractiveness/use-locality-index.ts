import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { municipalitiesQuery } from '../data/geometry-queries';
import { indexViewFromParams } from './index-url-state';
import { useIndexModel, useIndexResult } from './use-index-model';

/**
 * One municipality's default index: computed once per page, read by the first screen's rank line and by the
 * index section further down (two computations and two sets of robustness draws would double the work).
 * `enabled`: the page starts it after its first screen, which it is not part of.
 */
export function useLocalityIndex(code: string, enabled = true) {
  const view = useMemo(() => indexViewFromParams({}), []);
  const model = useIndexModel(view, enabled);
  const { result } = useIndexResult(model);
  const areas = useQuery({ ...municipalitiesQuery, enabled });
  const self = areas.data?.features.find((f) => f.properties.code === code)?.properties;
  const peers = useMemo(
    () =>
      new Set(
        (areas.data?.features ?? [])
          .filter((f) => self && f.properties.skrGroupCode === self.skrGroupCode)
          .map((f) => f.properties.code),
      ),
    [areas.data, self],
  );
  const row = result?.rows.find((r) => r.code === code);
  const interval = model.robustness.result?.intervals[code] ?? null;
  return { model, result, self, peers, row, interval };
}

export type LocalityIndex = ReturnType<typeof useLocalityIndex>;
