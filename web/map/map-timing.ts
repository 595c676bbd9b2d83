/**
 * What the map tells the outside world about its progress. Standard User Timing entries, kept in production (the
 * benchmark and any RUM tool read them with `performance.getEntriesByName`); the `window.__atlas` probe for the
 * browser tests exists only in a test build (`vite build --mode test`): the condition is a constant there, so a
 * production bundle holds neither the probe nor its globals.
 */
export const MAP_MARKS = {
  /** Mark: the first colouring is on screen (once per page). */
  firstColouredMap: 'atlas:first-coloured-map',
  /**
   * Measure, one per colouring chosen outside a drag (an indicator, a year step, a class method): from the moment
   * it was handed to the map as feature-state until the map went idle with it drawn. `detail` is its key
   * (indicator:year:classification).
   */
  coloursDrawn: 'atlas:colours-drawn',
  /**
   * Measure, one per drag (a held year slider or index weight): from the first colouring handed to the map under
   * the pointer until the colouring it was let go at is drawn. `detail` is that colouring's key. The frames between
   * write nothing: an entry per frame cost self time and grew the timeline without limit.
   */
  dragDrawn: 'atlas:drag-drawn',
  /** Mark: the deferred context layers are drawn. */
  overlaysDrawn: 'atlas:overlays-drawn',
} as const;

interface Stamp {
  key: string;
  at: number;
}

// Once per page: the first colouring any map draws.
let firstColouredMapMarked = false;

/** One map's colourings, handed over and drawn, turned into one User Timing measure per switch or drag. */
export class ColouringTimeline {
  /**
   * @param announcesReady false for the map drawn before React loads: the browser tests' readiness flag waits
   * for React to take that map over, so a test never meets a page without its controls.
   */
  constructor(private readonly announcesReady = true) {}
  private held = false;
  /** When the current drag's first colouring was handed over (null: no drag under way). */
  private dragStart: number | null = null;
  /** The newest colouring handed to the map and not yet measured. */
  private lastHanded: Stamp | null = null;
  private lastDrawn: Stamp | null = null;

  /** A colouring was handed to the map as feature-state. */
  handedOver(key: string): void {
    const at = performance.now();
    this.lastHanded = { key, at };
    if (this.held && this.dragStart === null) this.dragStart = at;
    if (import.meta.env.MODE === 'test' && window.__atlas) window.__atlas.fillAppliedAt = at;
  }

  /** The map went idle with the colouring `key` drawn; `coloured` false when it held no colours at all. */
  drawn(key: string, coloured = true): void {
    const at = performance.now();
    this.lastDrawn = { key, at };
    if (!firstColouredMapMarked && coloured) {
      firstColouredMapMarked = true;
      performance.mark(MAP_MARKS.firstColouredMap, { detail: key });
    }
    if (import.meta.env.MODE === 'test') {
      if (window.__atlas) window.__atlas.fillKey = key;
      if (this.announcesReady) announceTestReady(at);
    }
    if (!this.held) this.settle();
  }

  /** A pointer holds (true) or let go of (false) the control that moves the colouring. */
  hold(held: boolean): void {
    // The render that starts a drag hands its first colouring over before the map hears of the hold.
    const pending = this.lastHanded && !(this.lastDrawn && this.lastDrawn.at >= this.lastHanded.at);
    if (held && !this.held && pending) this.dragStart = this.lastHanded!.at;
    this.held = held;
    if (!held) this.settle();
  }

  /** Writes the measure once the newest colouring handed over is drawn (now, or at its draw). */
  private settle(): void {
    const { lastHanded: applied, lastDrawn: drawn } = this;
    if (!applied || !drawn || drawn.key !== applied.key || drawn.at < applied.at) return;
    const start = this.dragStart ?? applied.at;
    const name = this.dragStart === null ? MAP_MARKS.coloursDrawn : MAP_MARKS.dragDrawn;
    performance.measure(name, { start, end: drawn.at, detail: drawn.key });
    this.lastHanded = null;
    this.dragStart = null;
  }
}

/** Test builds only: the map is drawn and the page around it is React's (`window.__atlasReady`). */
export function announceTestReady(at = performance.now()): void {
  if (import.meta.env.MODE !== 'test') return;
  if (!window.__atlasReady) window.__atlasReadyAt = at;
  window.__atlasReady = true;
}

export function markOverlaysDrawn(): void {
  performance.mark(MAP_MARKS.overlaysDrawn);
  if (import.meta.env.MODE === 'test' && window.__atlas) window.__atlas.overlaysDrawn = true;
}
