import type { Legend } from './legend';

/** One colouring of the map handed over ahead of the page's render: a frame of a moving slider. */
export interface LiveColouringFrame {
  key: string;
  fills: ReadonlyMap<string, string>;
  legend: Legend;
}

/**
 * The colouring a moving slider shows before the URL (and with it the page) hears of it. The map and the legend
 * subscribe to it, so a frame re-renders those two and nothing else; `null` hands the colouring back to the page.
 */
export interface LiveColouring {
  get(): LiveColouringFrame | null;
  set(frame: LiveColouringFrame | null): void;
  subscribe(listener: () => void): () => void;
}

export function createLiveColouring(): LiveColouring {
  let current: LiveColouringFrame | null = null;
  const listeners = new Set<() => void>();
  return {
    get: () => current,
    set(frame) {
      if (frame === current) return;
      current = frame;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
