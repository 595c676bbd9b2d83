/**
 * Remembers answers computed from the immutable build, so repeated requests (the dashboard, a benchmark) cost a
 * lookup. Bounded: when full, the oldest entry goes.
 */
export function memoise<A, R>(
  compute: (arg: A) => R,
  keyOf: (arg: A) => string,
  capacity = 2000,
): (arg: A) => R {
  const cache = new Map<string, R>();
  return (arg: A) => {
    const key = keyOf(arg);
    const hit = cache.get(key);
    if (hit !== undefined) return hit;
    const value = compute(arg);
    if (cache.size >= capacity) cache.delete(cache.keys().next().value!);
    cache.set(key, value);
    return value;
  };
}

/** A value computed on first use and kept. */
export function once<R>(compute: () => R): () => R {
  let done = false;
  let value: R;
  return () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
}

/**
 * Computes each of `values` in its own turn of the event loop, soon: after a build swap the routes' large answers
 * are ready before most requests ask, and no single turn makes them all (each costs tens of milliseconds on the
 * whole-Kolada build, together about a hundred). A request that comes first computes its own.
 */
export function warmInTurns(values: readonly (() => unknown)[]): void {
  const [first, ...rest] = values;
  if (!first) return;
  setImmediate(() => {
    first();
    warmInTurns(rest);
  });
}
