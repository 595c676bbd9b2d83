import { useCallback, useEffect, useRef } from 'react';

/**
 * At most one call of `apply` per animation frame, with the latest value given: a slider that fires several input
 * events in one frame (a busy machine, a fast drag) costs one update, and the last value always lands. `flush`
 * applies a pending value at once (before a change that must build on it).
 */
export function useFrameCoalesced<T>(apply: (value: T) => void): {
  schedule: (value: T) => void;
  flush: () => void;
} {
  const pending = useRef<{ value: T } | null>(null);
  const frame = useRef<number | null>(null);
  const latestApply = useRef(apply);
  useEffect(() => {
    latestApply.current = apply;
  });
  const flush = useCallback(() => {
    if (frame.current !== null) cancelAnimationFrame(frame.current);
    frame.current = null;
    const next = pending.current;
    pending.current = null;
    if (next) latestApply.current(next.value);
  }, []);
  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      frame.current ??= requestAnimationFrame(flush);
    },
    [flush],
  );
  useEffect(() => () => flush(), [flush]);
  return { schedule, flush };
}
