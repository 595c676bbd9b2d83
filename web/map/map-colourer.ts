import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Colouring } from './colouring-channel';
import { applyFills } from './feature-state';
import type { ColouringTimeline } from './map-timing';

/**
 * What one map holds as colours, whoever hands a colouring over (the page's render, or a drag frame through a
 * colouring channel): each colouring sets only the feature-state that differs from what the map holds, and one
 * the map already holds is not handed over again (the release of a drag then adds no second measure).
 */
export class MapColourer {
  /** Per code, the colour the map holds (null: no data); a code absent was never set. */
  private readonly shown = new Map<string, string | null>();
  private key: string | null = null;
  /** The colouring handed over and not yet drawn: its draw is told to the timeline at the next idle, whoever
   * handed it over (a render whose effect is gone by then, or a drag frame). */
  private pending: string | null = null;
  /** Whether that colouring colours anything (an index still loading hands over an empty one). */
  private pendingColours = false;

  constructor(
    readonly map: MapLibreMap,
    private readonly timeline: ColouringTimeline,
  ) {
    map.on('idle', this.onIdle);
  }

  /** Sets a colouring; false when the map held it already (nothing set, nothing handed over). */
  apply(colouring: Colouring): boolean {
    const changed = applyFills(this.map, colouring.codes, colouring.fills, this.shown);
    // Held already (a drag's release renders the frame it was let go at): its draw, pending or done, stands.
    if (changed === 0 && colouring.key === this.key) return false;
    this.key = colouring.key;
    this.pending = colouring.key;
    this.pendingColours = colouring.fills.size > 0;
    this.timeline.handedOver(colouring.key);
    return true;
  }

  /** A colouring the map was drawn with before this colourer existed (the first map, drawn before React): recorded as
   * held, nothing set, nothing handed over. */
  adopt(colouring: Colouring): void {
    for (const code of colouring.codes) this.shown.set(code, colouring.fills.get(code) ?? null);
    this.key = colouring.key;
  }

  /** One frame of a drag: set, and its draw told to the timeline only (no React state per frame). */
  applyLive(colouring: Colouring): void {
    if (this.apply(colouring)) this.map.triggerRepaint();
  }

  dispose(): void {
    this.map.off('idle', this.onIdle);
  }

  private readonly onIdle = () => {
    if (this.pending === null) return;
    const drawn = this.pending;
    this.pending = null;
    this.timeline.drawn(drawn, this.pendingColours);
  };
}

/** The colourer of `map` kept in `slot`: a new map (the page remounted it) gets a new one. */
export function colourerFor(
  slot: { current: MapColourer | null },
  map: MapLibreMap,
  timeline: ColouringTimeline,
): MapColourer {
  if (slot.current?.map !== map) {
    slot.current?.dispose();
    slot.current = new MapColourer(map, timeline);
  }
  return slot.current;
}
