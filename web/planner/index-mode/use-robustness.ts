import { useEffect, useRef, useState } from 'react';
import type { IndexInputs, RobustnessResult } from '../../../data/contract';
import { DEFAULT_ROBUSTNESS, type IndexSpec } from '../../../data/attractiveness/model';
import type { RobustnessReply, RobustnessRequest } from './robustness-request';

/** Wait this long after the last weight change before starting a run: a drag does not queue a run per frame. */
const SETTLE_MS = 350;

/** User Timing mark per finished run (kept in production, like the map's marks); `detail` is the worker's ms. */
export const ROBUSTNESS_MARK = 'atlas:index-robustness';

/** Rank intervals for the current spec, computed in a web worker once the weights settle. */
export function useRobustness(
  spec: IndexSpec | null,
  inputs: IndexInputs | undefined,
): { result: RobustnessResult | null; pending: boolean } {
  const worker = useRef<Worker | null>(null);
  const latest = useRef(0);
  const [state, setState] = useState<{ id: number; result: RobustnessResult | null }>({
    id: 0,
    result: null,
  });

  useEffect(() => {
    const created = new Worker(new URL('./robustness.worker.ts', import.meta.url), { type: 'module' });
    created.onmessage = (event: MessageEvent<RobustnessReply>) => {
      if (event.data.id !== latest.current) return;
      performance.mark(ROBUSTNESS_MARK, { detail: event.data.ms });
      setState({ id: event.data.id, result: event.data.result });
    };
    worker.current = created;
    return () => created.terminate();
  }, []);

  useEffect(() => {
    if (!spec || !inputs) return;
    const id = latest.current + 1;
    latest.current = id;
    const timer = window.setTimeout(() => {
      const request: RobustnessRequest = { id, spec, inputs, options: DEFAULT_ROBUSTNESS };
      worker.current?.postMessage(request);
    }, SETTLE_MS);
    return () => window.clearTimeout(timer);
  }, [spec, inputs]);

  const pending = state.id !== latest.current;
  return { result: pending ? null : state.result, pending };
}
