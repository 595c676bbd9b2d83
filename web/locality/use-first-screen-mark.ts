import { useEffect, useRef, useState } from 'react';

/**
 * "First screen complete": the header, what stands out and the reach answer are on the page. A standard User
 * Timing mark (kept in production): the benchmark compares it with the same mark on a static page holding the same
 * figures (LCP would not do: it ignores the map's canvas and SVG, and picks whichever element is largest).
 */
export const FIRST_SCREEN_MARK = 'atlas:first-screen-complete';

/**
 * Sets the mark once per municipality shown, in the commit that puts the last of the first screen on the page;
 * not again on a page whose server-rendered first screen set it before any app script ran.
 */
export function useFirstScreenMark(code: string, complete: boolean): void {
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!complete || marked.current === code) return;
    marked.current = code;
    // A server-rendered page set it already, right after its markup (web/public/first-screen-mark.js).
    const served = performance
      .getEntriesByName(FIRST_SCREEN_MARK, 'mark')
      .some((entry) => (entry as PerformanceMark).detail === code);
    if (!served) performance.mark(FIRST_SCREEN_MARK, { detail: code });
  }, [code, complete]);
}

/**
 * True once everything of the first screen has answered (an error counts) for this municipality, from the commit
 * after the one that set the mark, and from then on: what lies below it (index model, geometry and map, the other
 * sections' code and requests) starts only then, so it never competes with the first screen, and it stays when a
 * later choice (group, reach target) asks again. Call it after `useFirstScreenMark`: its effect runs first.
 */
export function useAfterFirstScreen(code: string, settled: boolean): boolean {
  const [openedFor, setOpenedFor] = useState<string | null>(null);
  useEffect(() => {
    if (settled) setOpenedFor(code);
  }, [code, settled]);
  return openedFor === code;
}
