import { useCallback, useMemo } from 'react';
import type { Indicator } from '../../data/contract';
import {
  indexViewFromParams,
  indexViewToParams,
  type IndexViewState,
} from '../attractiveness/index-url-state';
import { useIndexModel } from '../attractiveness/use-index-model';
import type { Lang } from '../lib/format';
import type { PlannerState } from './url-state';

/** The planner's index mode: its view from the URL, the model (computed only in that mode) and indicator titles. */
export function usePlannerIndex(
  state: PlannerState,
  update: (patch: Partial<PlannerState>, continuous?: boolean) => void,
  catalogue: readonly Indicator[] | undefined,
  lang: Lang,
) {
  const indexView = useMemo(() => indexViewFromParams(state.index), [state.index]);
  const index = useIndexModel(indexView, state.mode === 'index');
  const onIndexView = useCallback(
    (view: IndexViewState, continuous: boolean) => update({ index: indexViewToParams(view) }, continuous),
    [update],
  );
  // The framework's own title first: most of Kolada has a Swedish title only, which an English page must not show.
  const frameworkTitles = useMemo(
    () =>
      new Map(
        (index.framework?.framework.pillars ?? []).flatMap((p) =>
          p.indicators.flatMap((i) => (i.title ? [[i.id, i.title] as const] : [])),
        ),
      ),
    [index.framework],
  );
  const titleOf = useCallback(
    (id: string) => frameworkTitles.get(id)?.[lang] ?? catalogue?.find((i) => i.id === id)?.title[lang] ?? id,
    [frameworkTitles, catalogue, lang],
  );
  return { index, indexView, onIndexView, titleOf };
}
