import { useEffect, useRef } from 'react';

/**
 * "First screen complete": the header, what stands out and the reach answer are on the page. A standard User
 * Timing mark (kept in production): the benchmark compares it with the same mark on a static page holding the same
 * figures (LCP would not do: it ignores the map's canvas and SVG, and picks whichever element is largest).
 */
export const FIRST_SCREEN_MARK = 'atlas:first-screen-complete';

/** Sets the mark once per municipality shown, in the commit that puts the last of the first screen on the page. */
export function useFirstScreenMark(code: string, complete: boolean): void {
  const marked = useRef<string | null>(null);
  useEffect(() => {
    if (!complete || marked.current === code) return;
    marked.current = code;
    performance.mark(FIRST_SCREEN_MARK, { detail: code });
  }, [code, complete]);
}
