import { MAP_MARKS } from '../map/map-timing';

/** A page without a map (or whose map never draws) still gets its answers checked, this long after they came. */
const FALLBACK_MS = 4000;

let drawn: Promise<void> | null = null;

/** Resolves when the planner's first coloured map is on screen (its User Timing mark), or after FALLBACK_MS. */
export function firstMapDrawn(): Promise<void> {
  drawn ??= new Promise<void>((resolve) => {
    const timer = setTimeout(done, FALLBACK_MS);
    const observer =
      typeof PerformanceObserver === 'undefined'
        ? null
        : new PerformanceObserver((list) => {
            if (list.getEntriesByName(MAP_MARKS.firstColouredMap).length > 0) done();
          });
    observer?.observe({ type: 'mark', buffered: true });
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
  });
  return drawn;
}
