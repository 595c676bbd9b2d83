/**
 * What the map tells the outside world about its progress. Standard User Timing marks, kept in production (the
 * benchmark and any RUM tool read them with `performance.getEntriesByName`); the `window.__atlas` probe for the
 * browser tests exists only in a test build (`vite build --mode test`): the condition is a constant there, so a
 * production bundle holds neither the probe nor its globals.
 */
export const MAP_MARKS = {
  /** The first colouring is on screen (once per page). */
  firstColouredMap: 'atlas:first-coloured-map',
  /** A colouring was handed to the map as feature-state; `detail` is its key (indicator:year:classification). */
  fillApplied: 'atlas:fill-applied',
  /** The map went idle after drawing a colouring; `detail` is its key. */
  fillDrawn: 'atlas:fill-drawn',
  /** The deferred context layers are drawn. */
  overlaysDrawn: 'atlas:overlays-drawn',
} as const;

export function markFillApplied(key: string): void {
  performance.mark(MAP_MARKS.fillApplied, { detail: key });
  if (import.meta.env.MODE === 'test' && window.__atlas) window.__atlas.fillAppliedAt = performance.now();
}

// Once per page: a flag, not a look-up in the timeline, which grows by two marks per re-coloured frame.
let firstColouredMapMarked = false;

export function markFillDrawn(key: string): void {
  performance.mark(MAP_MARKS.fillDrawn, { detail: key });
  if (!firstColouredMapMarked) {
    firstColouredMapMarked = true;
    performance.mark(MAP_MARKS.firstColouredMap, { detail: key });
  }
  if (import.meta.env.MODE === 'test') {
    if (window.__atlas) window.__atlas.fillKey = key;
    if (!window.__atlasReady) window.__atlasReadyAt = performance.now();
    window.__atlasReady = true;
  }
}

export function markOverlaysDrawn(): void {
  performance.mark(MAP_MARKS.overlaysDrawn);
  if (import.meta.env.MODE === 'test' && window.__atlas) window.__atlas.overlaysDrawn = true;
}
