/** One colouring of the municipalities: what the map sets as feature-state, and its identity. */
export interface Colouring {
  key: string;
  codes: readonly string[];
  fills: ReadonlyMap<string, string>;
}

/**
 * Colourings handed to the map outside React's render: the frames of a held slider. Each frame then costs the
 * feature-state it changes and nothing else (no page render per frame); what the page shows follows on release.
 */
export interface ColouringChannel {
  push(colouring: Colouring): void;
  subscribe(listener: (colouring: Colouring) => void): () => void;
}

export function createColouringChannel(): ColouringChannel {
  const listeners = new Set<(colouring: Colouring) => void>();
  return {
    push: (colouring) => {
      for (const listener of listeners) listener(colouring);
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}
