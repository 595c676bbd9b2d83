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
