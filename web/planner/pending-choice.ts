import { useSyncExternalStore } from 'react';
import type { Indicator } from '../../data/contract';

/**
 * The indicator chosen whose values are still on their way, kept outside the page's state: the picker and the
 * status line read it, and a choice re-renders only them, not the page (whose render would compete with the
 * values request for the CPU).
 */
export interface PendingChoice {
  get(): Indicator | null;
  set(indicator: Indicator | null): void;
  subscribe(listener: () => void): () => void;
}

export function createPendingChoice(): PendingChoice {
  let current: Indicator | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set: (indicator) => {
      if (indicator === current) return;
      current = indicator;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export const usePendingChoice = (store: PendingChoice): Indicator | null =>
  useSyncExternalStore(store.subscribe, store.get);
