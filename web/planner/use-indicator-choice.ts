import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { createPendingChoice } from './pending-choice';
import type { Indicator } from '../../data/contract';
import type { SexView } from '../../data/contract/api';
import type { ClassificationMethod } from '../lib/classification';
import type { ColouringChannel } from '../map/colouring-channel';
import { fetchYearColouring, yearValuesCached } from './year-colouring';

interface ChoiceContext {
  /** The atlas set: an indicator outside it (any other Kolada KPI) is known only after the page asks for it. */
  atlas: readonly Indicator[] | undefined;
  sex: SexView;
  classification: ClassificationMethod;
  /** False in index mode: the map then shows the index, and a choice must not colour it. */
  colours: boolean;
  live: ColouringChannel;
  /** Hands the choice to the URL (and the page's render). */
  land: (id: string) => void;
}

/** Runs `then` after the browser's next frame: what the map set before it is on screen first. */
const afterNextFrame = (then: () => void) => requestAnimationFrame(() => setTimeout(then, 0));

/**
 * An indicator chosen in the picker is drawn before the page hears of it. Its values (cached, or the request the
 * picker's preview started) colour the map through the colouring channel as they land, and the URL takes the
 * choice after that frame; the legend, title and panels follow then, as they follow a drag. The page's render (10
 * to 15 ms here) therefore never stands between the values and the map's frame. While a request is out, `pending`
 * holds the indicator for the picker and the status line (pending-choice.ts). The latest choice wins; a failed
 * request hands the choice over at once, and the page shows its error as it would for a link.
 */
export function useIndicatorChoice(context: ChoiceContext) {
  const client = useQueryClient();
  const [pending] = useState(createPendingChoice);
  const wanted = useRef<string | null>(null);
  const latest = useRef(context);
  useEffect(() => {
    latest.current = context;
  });

  const choose = useCallback(
    (id: string) => {
      wanted.current = id;
      const land = () => {
        if (wanted.current !== id) return;
        wanted.current = null;
        pending.set(null);
        latest.current.land(id);
      };
      const { atlas, sex, classification } = latest.current;
      const indicator = atlas?.find((entry) => entry.id === id);
      if (!indicator) return land();
      const of = { indicator, sex: indicator.bySex ? sex : 'total', classification } as const;
      if (!yearValuesCached(client, of, null)) pending.set(indicator);
      fetchYearColouring(client, of, null).then((colouring) => {
        if (wanted.current !== id) return;
        if (latest.current.colours) latest.current.live.push(colouring);
        afterNextFrame(land);
      }, land);
    },
    [client, pending],
  );

  return { choose, pending };
}
