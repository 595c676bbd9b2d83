import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Indicator } from '../../data/contract';
import {
  indexViewFromParams,
  indexViewToParams,
  type IndexViewState,
} from '../attractiveness/index-url-state';
import { useIndexModel } from '../attractiveness/use-index-model';
import { createLiveColouring } from '../lib/live-colouring';
import type { ColouringChannel } from '../map/colouring-channel';
import type { Lang } from '../lib/format';
import type { PlannerState } from './url-state';

/**
 * A moving slider writes the URL when it is let go, or this long after its last step if it never is (a script, a
 * screen reader's value change), never once per frame.
 */
const URL_SETTLE_MS = 1000;

/**
 * The planner's index mode: its view from the URL, the model (computed only in that mode) and indicator titles.
 * While a slider moves, only the map and the legend follow it: the map through `toMap` (the channel a year drag uses
 * too: feature-state, no render), the legend through `live`; the URL, and with it the sliders' own view, the table,
 * the panels and the robustness run, follow once the weights settle.
 */
export function usePlannerIndex(
  state: PlannerState,
  update: (patch: Partial<PlannerState>, continuous?: boolean) => void,
  catalogue: readonly Indicator[] | undefined,
  lang: Lang,
  toMap: { channel: ColouringChannel; codes: readonly string[] },
) {
  // By content: every URL change parses a new `state.index`, and a new view would start a new robustness run.
  const indexKey = JSON.stringify(state.index);
  const indexView = useMemo(
    () => indexViewFromParams(JSON.parse(indexKey) as Record<string, string>),
    [indexKey],
  );
  const index = useIndexModel(indexView, state.mode === 'index');
  const [live] = useState(createLiveColouring);
  const timer = useRef<number | null>(null);
  // The moving slider's parameters, not yet in the URL.
  const pending = useRef<Record<string, string> | null>(null);
  // A pointer on a slider: no fallback write until it lets go.
  const held = useRef(false);
  const colouringOf = useRef(index.colouringOf);
  const map = useRef(toMap);
  useEffect(() => {
    colouringOf.current = index.colouringOf;
    map.current = toMap;
  });
  const cancel = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);
  // The URL and the live colouring change in one render: the page's colouring takes over from the last frame's.
  const write = useCallback(
    (params: Record<string, string>, continuous: boolean) => {
      cancel();
      pending.current = null;
      update({ index: params }, continuous);
      live.set(null);
    },
    [update, cancel, live],
  );
  const onIndexView = useCallback(
    (view: IndexViewState, continuous: boolean) => {
      cancel();
      const params = indexViewToParams(view);
      if (!continuous) return write(params, false);
      pending.current = params;
      const colouring = colouringOf.current(view.weightSet);
      if (colouring) {
        const key = `index:${JSON.stringify(params)}`;
        map.current.channel.push({ key, codes: map.current.codes, fills: colouring.fills });
        live.set({ key, ...colouring });
      }
      if (!held.current) timer.current = window.setTimeout(() => write(params, true), URL_SETTLE_MS);
    },
    [write, cancel, live],
  );
  /** A pointer down on a slider (`true`), or the slider let go (pointer up, key up, focus gone): then the moving
   * view goes to the URL now. */
  const onIndexHold = useCallback(
    (holding: boolean) => {
      held.current = holding;
      if (!holding && pending.current) write(pending.current, true);
    },
    [write],
  );
  // Named "index:" only once the index's colours are there: until then the map holds none, and a test (or the
  // bench) waiting for the index must not take that frame for it.
  const fillKey = index.colours ? `index:${indexKey}` : `index-pending:${indexKey}`;
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
  return { index, indexView, live, onIndexView, onIndexHold, titleOf, fillKey };
}
