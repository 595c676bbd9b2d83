import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ColouringTimeline, MAP_MARKS } from '../../../web/map/map-timing';

/** The User Timing entries the map wrote, as [name, detail]. */
const entries = () =>
  performance
    .getEntriesByType('measure')
    .map(
      (e) =>
        [e.name, (e as PerformanceMeasure).detail as string, e.startTime, e.startTime + e.duration] as const,
    );

let now = 0;
beforeEach(() => {
  // The test build's probe writes to window.__atlas when it exists: here it does not.
  vi.stubGlobal('window', {});
  now = 1000;
  vi.spyOn(performance, 'now').mockImplementation(() => now);
  performance.clearMeasures();
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('ColouringTimeline: one measure per switch or drag, none per frame', () => {
  it('measures a colouring chosen outside a drag from its hand-over to its draw', () => {
    const timeline = new ColouringTimeline();
    timeline.handedOver('population_total:2024:quantile');
    now = 1040;
    timeline.drawn('population_total:2024:quantile');
    expect(entries()).toEqual([[MAP_MARKS.coloursDrawn, 'population_total:2024:quantile', 1000, 1040]]);
  });

  it('writes nothing for a colouring replaced before it was drawn', () => {
    const timeline = new ColouringTimeline();
    timeline.handedOver('a:2024:quantile');
    now = 1010;
    timeline.handedOver('b:2024:quantile');
    now = 1050;
    timeline.drawn('b:2024:quantile');
    expect(entries().map(([name, detail]) => [name, detail])).toEqual([
      [MAP_MARKS.coloursDrawn, 'b:2024:quantile'],
    ]);
  });

  it('times a drag of 60 frames as one measure, from its first colouring to the one let go at', () => {
    const timeline = new ColouringTimeline();
    timeline.hold(true);
    for (let frame = 0; frame < 60; frame++) {
      now = 1000 + frame * 16;
      timeline.handedOver(`u:${2000 + (frame % 10)}:quantile`);
      now += 10;
      timeline.drawn(`u:${2000 + (frame % 10)}:quantile`);
    }
    expect(entries()).toEqual([]);
    now = 2000;
    timeline.hold(false);
    expect(entries()).toEqual([[MAP_MARKS.dragDrawn, 'u:2009:quantile', 1000, 1000 + 59 * 16 + 10]]);
  });

  it('ends a drag let go before its last colouring is drawn at that draw', () => {
    const timeline = new ColouringTimeline();
    timeline.handedOver('u:2001:quantile');
    // The render that starts the drag hands its colouring over before the map hears of the hold.
    timeline.hold(true);
    now = 1100;
    timeline.handedOver('u:2002:quantile');
    timeline.hold(false);
    expect(entries()).toEqual([]);
    now = 1180;
    timeline.drawn('u:2002:quantile');
    expect(entries()).toEqual([[MAP_MARKS.dragDrawn, 'u:2002:quantile', 1000, 1180]]);
  });
});
