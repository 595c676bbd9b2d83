import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Indicator } from '../../data/contract';
import {
  indexViewFromParams,
  indexViewToParams,
  type IndexViewState,
} from '../attractiveness/index-url-state';
import { useIndexModel } from '../attractiveness/use-index-model';
import type { Lang } from '../lib/format';
import type { PlannerState } from './url-state';

/**
 * A moving slider writes the URL when it is let go, or this long after its last step if it never is (a script, a
 * screen reader's value change), never once per frame.
 */
const URL_SETTLE_MS = 1000;

/** A moving slider's view; `written` once the URL holds it. */
interface Moving {
  view: IndexViewState;
  params: Record<string, string>;
  written: boolean;
}

const sameParams = (a: Readonly<Record<string, string>>, b: Readonly<Record<string, string>>) =>
  Object.keys(a).length === Object.keys(b).length && Object.entries(a).every(([k, v]) => b[k] === v);

/**
 * The planner's index mode: its view from the URL, the model (computed only in that mode) and indicator titles.
 * While a slider moves, only the map and the sliders follow it every frame; the URL, and with it the table, the
 * panels and the robustness run, follow once the weights settle.
 */
export function usePlannerIndex(
  state: PlannerState,
  update: (patch: Partial<PlannerState>, continuous?: boolean) => void,
  catalogue: readonly Indicator[] | undefined,
  lang: Lang,
) {
  // By content: every URL change parses a new `state.index`, and a new view would start a new robustness run.
  const indexKey = JSON.stringify(state.index);
  const urlView = useMemo(
    () => indexViewFromParams(JSON.parse(indexKey) as Record<string, string>),
    [indexKey],
  );
  const [moving, setMoving] = useState<Moving | null>(null);
  const timer = useRef<number | null>(null);
  const latest = useRef<Moving | null>(null);
  // A pointer on a slider: no fallback write until it lets go.
  const held = useRef(false);
  // Once written, the moving view stays the same object as the URL's (no second resolve, no second run) until
  // the URL changes otherwise (back button, another control).
  const matches = moving !== null && sameParams(moving.params, state.index);
  const liveView = moving && (!moving.written || matches) ? moving.view : urlView;
  const indexView = moving?.written && matches ? moving.view : urlView;
  const index = useIndexModel(indexView, state.mode === 'index', liveView === indexView ? null : liveView);
  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);
  const write = useCallback(
    (params: Record<string, string>) => {
      cancel();
      if (latest.current?.params === params) latest.current = { ...latest.current, written: true };
      setMoving((m) => (m && m.params === params ? { ...m, written: true } : m));
      update({ index: params }, true);
    },
    [update, cancel],
  );
  const onIndexView = useCallback(
    (view: IndexViewState, continuous: boolean) => {
      cancel();
      const params = indexViewToParams(view);
      if (!continuous) {
        latest.current = null;
        setMoving(null);
        update({ index: params });
        return;
      }
      latest.current = { view, params, written: false };
      setMoving(latest.current);
      if (!held.current) timer.current = window.setTimeout(() => write(params), URL_SETTLE_MS);
    },
    [update, write, cancel],
  );
  /** A pointer down on a slider (`true`), or the slider let go (pointer up, key up, focus gone): then the moving
   * view goes to the URL now. */
  const onIndexHold = useCallback(
    (holding: boolean) => {
      held.current = holding;
      if (!holding && latest.current && !latest.current.written) write(latest.current.params);
    },
    [write],
  );
  // The map's colouring key names the view it shows, the moving one during a drag.
  const fillKey = `index:${liveView === indexView ? indexKey : JSON.stringify(moving?.params ?? {})}`;
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
  return { index, indexView, liveView, onIndexView, onIndexHold, titleOf, fillKey };
}
