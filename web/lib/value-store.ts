/** One value outside React's state, for the few components that subscribe to it (useSyncExternalStore). */
export interface ValueStore<T> {
  get(): T | null;
  /** Tells the subscribers, unless `value` is the one held already. */
  set(value: T | null): void;
  subscribe(listener: () => void): () => void;
}

export function createValueStore<T>(): ValueStore<T> {
  let current: T | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(value) {
      if (value === current) return;
      current = value;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
