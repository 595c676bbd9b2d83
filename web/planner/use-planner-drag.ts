import { useCallback, useMemo, useState } from 'react';
import type { PlannerState } from './url-state';
import type { YearChange } from './YearSlider';

/**
 * What a held slider changes before the URL hears of it. The year under a held year slider: the map follows it
 * every frame, the URL takes it on release (YearSlider). The hooks see `state`, the URL's state with that year.
 * `held` is true while a pointer moves the colouring (a year drag, or an index weight under the pointer): the map
 * then times the frames as one drag, not as one colouring each.
 */
export function usePlannerDrag(
  urlState: PlannerState,
  update: (patch: Partial<PlannerState>, replace?: boolean) => void,
) {
  const [dragYear, setDragYear] = useState<number | null>(null);
  const [indexHeld, setIndexHeld] = useState(false);
  const state = useMemo(
    () => (dragYear === null ? urlState : { ...urlState, year: dragYear }),
    [urlState, dragYear],
  );
  const onYear = useCallback(
    (year: number, how: YearChange) => {
      if (how === 'drag') return setDragYear(year);
      setDragYear(null);
      update({ year }, how === 'step');
    },
    [update],
  );
  // The index mode's own hold (use-planner-index) is told as well: PlannerPage calls both.
  return { state, onYear, holdIndexWeight: setIndexHeld, held: dragYear !== null || indexHeld };
}
