import { startTransition, useCallback, useEffect, useRef, useState } from 'react';
import type { IndexInputs, RobustnessResult } from '../../data/contract';
import { DEFAULT_ROBUSTNESS, type IndexSpec } from '../../data/attractiveness/model';
import type { RobustnessReply, RobustnessRequest } from './robustness-request';

/** Wait this long after the last weight change before starting a run: a drag does not queue a run per frame. */
const SETTLE_MS = 350;

/** User Timing marks (kept in production, like the map's): a run posted, and a run back (`detail`: worker ms). */
export const ROBUSTNESS_START_MARK = 'atlas:index-robustness-start';
export const ROBUSTNESS_MARK = 'atlas:index-robustness';

/** Rank intervals for the current spec, computed in a web worker once the weights settle. */
export function useRobustness(
  spec: IndexSpec | null,
  inputs: IndexInputs | undefined,
): { result: RobustnessResult | null; pending: boolean } {
  const worker = useRef<Worker | null>(null);
  const sentInputs = useRef<IndexInputs | null>(null);
  const lastRequest = useRef<RobustnessRequest | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<{ id: number; result: RobustnessResult | null }>({
    id: 0,
    result: null,
  });

  // The worker starts with the first run, not with the page: in indicator mode it never starts, and it never
  // competes with MapLibre's worker for the first map.
  const startWorker = useCallback((): Worker => {
    const created = new Worker(new URL('./robustness.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<RobustnessReply>) => {
      const { id, result, ms } = event.data;
      if (id !== latest.current) return;
      if (!result) {
        // A worker without inputs (it never had them): ask again, this time with the inputs.
        const again = lastRequest.current;
        if (again && sentInputs.current) created.postMessage({ ...again, inputs: sentInputs.current });
        return;
      }
      performance.mark(ROBUSTNESS_MARK, { detail: ms });
      // 290 table rows change their interval at once: a transition lets React render them in slices, so the
      // answer never blocks the main thread for long (a slider step still renders at once).
      startTransition(() => setState({ id, result }));
    };
    worker.current = created;
    return created;
  }, []);
  useEffect(
    () => () => {
      sentInputs.current = null;
      worker.current?.terminate();
      worker.current = null;
    },
    [],
  );

  useEffect(() => {
    if (!spec || !inputs) return;
    const id = latest.current + 1;
    latest.current = id;
    const timer = window.setTimeout(() => {
      const fresh = sentInputs.current !== inputs;
      const request: RobustnessRequest = {
        id,
        spec,
        inputs: fresh ? inputs : null,
        options: DEFAULT_ROBUSTNESS,
      };
      performance.mark(ROBUSTNESS_START_MARK, { detail: id });
      (worker.current ?? startWorker()).postMessage(request);
      lastRequest.current = request;
      sentInputs.current = inputs;
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [spec, inputs, startWorker]);

  const pending = state.id !== latest.current;
  return { result: pending ? null : state.result, pending };
}
