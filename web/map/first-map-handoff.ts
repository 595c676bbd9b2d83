import type { AtlasMapHandle } from './create-atlas-map';

/** What the map was first coloured with before React loaded: React's first colouring with the same key sets nothing. */
export interface FirstColouring {
  key: string;
  codes: readonly string[];
  fills: ReadonlyMap<string, string>;
}

/** The planner map drawn before React loaded (web/first-map), waiting for `useAtlasMap` to take it over. */
export interface FirstMap {
  handle: AtlasMapHandle;
  /** Null when the first path left the colouring to React (index mode, an indicator outside the atlas set, an error). */
  colouring: FirstColouring | null;
}

let waiting: FirstMap | null = null;

export function handOverFirstMap(first: FirstMap): void {
  waiting = first;
}

/** The map drawn before React, while no React map has taken it and let it go again (then it is gone). */
export const firstMap = (): FirstMap | null => waiting;

/** A map that took the first map over was removed: a planner opened later creates its own. */
export function releaseFirstMap(handle: AtlasMapHandle): void {
  if (waiting?.handle === handle) waiting = null;
}
