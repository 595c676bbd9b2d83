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

/** A value computed on first use and kept; `step` lets a warm-up compute it ahead of the first request. */
export interface Lazy<R> {
  (): R;
  /** Does one slice of the work; true once the value is ready. */
  step(): boolean;
}

/** A value computed on first use and kept, in one piece. */
export function once<R>(compute: () => R): Lazy<R> {
  let done = false;
  let value: R;
  const get = () => {
    if (!done) {
      value = compute();
      done = true;
    }
    return value;
  };
  return Object.assign(get, { step: () => (get(), true) });
}

/**
 * once() for work that settles later: the pending or fulfilled promise is kept, a rejected one is dropped, so a
 * failure (a compression thread that died) costs one 500 and the next request tries again, not every request
 * until the next build.
 */
export function oncePromised<R>(compute: () => Promise<R>): Lazy<Promise<R>> {
  let kept: Promise<R> | null = null;
  const get = () => {
    if (kept) return kept;
    const started = compute();
    kept = started;
    started.catch(() => {
      if (kept === started) kept = null;
    });
    return started;
  };
  return Object.assign(get, { step: () => (get(), true) });
}

/**
 * A value built in slices by a generator that yields between them: a warm-up takes one slice per turn of the
 * event loop, and a request that needs the value before it is ready finishes the remaining slices at once.
 */
export function sliced<R>(work: () => Generator<void, R, void>): Lazy<R> {
  let running: Generator<void, R, void> | null = null;
  let done = false;
  let value: R;
  const step = () => {
    if (done) return true;
    running ??= work();
    let next: IteratorResult<void, R>;
    try {
      next = running.next();
    } catch (error) {
      // A finished generator would answer undefined from now on: the next call starts the work again.
      running = null;
      throw error;
    }
    if (next.done) {
      value = next.value;
      done = true;
    }
    return done;
  };
  const get = () => {
    while (!step());
    return value;
  };
  return Object.assign(get, { step });
}

/**
 * Prepares each of `values` soon, one slice per turn of the event loop: after a build swap the routes' large
 * answers are ready before most requests ask, and no turn holds the thread for long (each answer costs tens of
 * milliseconds on the whole-Kolada build, together about a hundred). A request that comes first computes its own.
 */
export function warmInTurns(values: readonly Pick<Lazy<unknown>, 'step'>[]): void {
  const [first, ...rest] = values;
  if (!first) return;
  setImmediate(() => warmInTurns(first.step() ? rest : values));
}
