import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { Indicator } from '../../data/contract';
import type { SexView } from '../../data/contract/api';
import { createColouringChannel } from '../map/colouring-channel';
import type { PlannerState } from './url-state';
import { cachedYearColouring, fetchYearColouring, prefetchYears } from './year-colouring';
import type { YearChange } from './YearSlider';

/**
 * What a held slider changes before the URL (and the page) hear of it. A year under a held year slider goes
 * straight to the map through a colouring channel, from values already cached: no page render per frame. The URL
 * takes the year on release (YearSlider), and the legend, table and panels follow then; while the pointer holds,
 * `yearHeld` lets them say which year they show. `held` is true while a pointer moves the colouring (a year drag,
 * or an index weight under the pointer): the map then times the frames as one drag.
 */
export function usePlannerDrag(
  state: PlannerState,
  update: (patch: Partial<PlannerState>, replace?: boolean) => void,
  shown: { indicator: Indicator | undefined; sex: SexView },
) {
  const client = useQueryClient();
  const [live] = useState(createColouringChannel);
  const [yearHeld, setYearHeld] = useState(false);
  const [indexHeld, setIndexHeld] = useState(false);
  const { indicator, sex } = shown;
  const { classification } = state;
  const latest = useRef({ indicator, sex, classification });
  useEffect(() => {
    latest.current = { indicator, sex, classification };
  });
  /** The year under the held pointer (null: no drag). */
  const dragYear = useRef<number | null>(null);

  const onYear = useCallback(
    (year: number, how: YearChange) => {
      const now = latest.current;
      if (how === 'drag' && now.indicator) {
        if (dragYear.current === null) setYearHeld(true);
        dragYear.current = year;
        const of = { ...now, indicator: now.indicator };
        const cached = cachedYearColouring(client, of, year);
        if (cached) return live.push(cached);
        // Not fetched yet (a drag right after the page opened): drawn when it lands, unless the pointer moved on.
        void fetchYearColouring(client, of, year).then(
          (colouring) => {
            if (dragYear.current === year) live.push(colouring);
          },
          () => undefined,
        );
        return;
      }
      if (dragYear.current !== null) setYearHeld(false);
      dragYear.current = null;
      update({ year }, how === 'step');
    },
    [client, live, update],
  );

  /** A pointer or focus on the slider: every year of the indicator fetched before a drag needs it. */
  const prepareYears = useCallback(() => {
    const { indicator, sex } = latest.current;
    if (indicator) void prefetchYears(client, { indicator, sex });
  }, [client]);

  // The index mode's own hold (use-planner-index) is told as well: PlannerPage calls both.
  return { onYear, prepareYears, live, yearHeld, holdIndexWeight: setIndexHeld, held: yearHeld || indexHeld };
}
