import type { Map as MapLibreMap } from 'maplibre-gl';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Colouring } from '../../../web/map/colouring-channel';
import { MapColourer } from '../../../web/map/map-colourer';
import { ColouringTimeline, MAP_MARKS } from '../../../web/map/map-timing';

/** A map that records feature-state and fires 'idle' when the test says a frame was drawn. */
function fakeMap() {
  const states: { source: string; id: string }[] = [];
  const idle = new Set<() => void>();
  // The style's global state, which switches the hatch layer on and off (web/map/global-state).
  const globalState: Record<string, unknown> = {};
  const map = {
    setGlobalStateProperty: (name: string, value: unknown) => void (globalState[name] = value),
    setFeatureState: (target: { source: string; id: string }) => void states.push(target),
    on: (_: 'idle', listener: () => void) => void idle.add(listener),
    off: (_: 'idle', listener: () => void) => void idle.delete(listener),
    triggerRepaint: () => undefined,
  };
  return {
    map: map as unknown as MapLibreMap,
    states,
    globalState,
    drawFrame: () => [...idle].forEach((l) => l()),
  };
}

const codes = ['0617', '2580', '1480'];
const colouring = (year: number, fills: [string, string][]): Colouring => ({
  key: `unemployment_18_65:${year}:quantile`,
  codes,
  fills: new Map(fills),
});
const measures = () =>
  performance.getEntriesByType('measure').map((e) => [e.name, (e as PerformanceMeasure).detail as string]);

beforeEach(() => {
  vi.stubGlobal('window', {});
  performance.clearMeasures();
});
afterEach(() => vi.unstubAllGlobals());

describe('MapColourer: drag frames set feature-state without a render, the release adds nothing', () => {
  it('sets only what differs from what the map holds, whoever handed the colouring over', () => {
    const { map, states } = fakeMap();
    const colourer = new MapColourer(map, new ColouringTimeline());
    colourer.apply(
      colouring(2020, [
        ['0617', '#440154'],
        ['2580', '#21918c'],
      ]),
    );
    expect(states).toHaveLength(6); // three colours and three flags, the first time
    states.length = 0;
    // A frame with a new list of the same codes: only Gnosjö's colour changed.
    colourer.applyLive({
      ...colouring(2021, [
        ['0617', '#fde725'],
        ['2580', '#21918c'],
      ]),
      codes: [...codes],
    });
    expect(states).toEqual([{ source: 'municipalities', id: '0617' }]);
  });

  it('times 30 frames and the release at the last one as one drag measure', () => {
    const { map, states, drawFrame } = fakeMap();
    const timeline = new ColouringTimeline();
    const colourer = new MapColourer(map, timeline);
    colourer.apply(colouring(2010, [['0617', '#440154']]));
    drawFrame();
    expect(measures()).toEqual([[MAP_MARKS.coloursDrawn, 'unemployment_18_65:2010:quantile']]);
    timeline.hold(true);
    for (let frame = 0; frame < 30; frame++) {
      const year = 2011 + (frame % 10);
      colourer.applyLive(colouring(year, [['0617', frame % 2 ? '#21918c' : '#fde725']]));
      drawFrame();
    }
    const last = colouring(2011 + (29 % 10), [['0617', '#21918c']]);
    states.length = 0;
    // The release renders the year let go at: the map holds it already, so nothing is set or handed over again.
    expect(colourer.apply({ ...last, codes: [...codes] })).toBe(false);
    expect(states).toEqual([]);
    timeline.hold(false);
    expect(measures().slice(1)).toEqual([[MAP_MARKS.dragDrawn, last.key]]);
  });

  it('a release before the last frame is drawn settles when it is', () => {
    const { map, drawFrame } = fakeMap();
    const timeline = new ColouringTimeline();
    const colourer = new MapColourer(map, timeline);
    timeline.hold(true);
    colourer.applyLive(colouring(2015, [['0617', '#440154']]));
    colourer.applyLive(colouring(2016, [['0617', '#fde725']]));
    expect(colourer.apply(colouring(2016, [['0617', '#fde725']]))).toBe(false);
    timeline.hold(false);
    expect(measures()).toEqual([]);
    drawFrame();
    expect(measures()).toEqual([[MAP_MARKS.dragDrawn, 'unemployment_18_65:2016:quantile']]);
  });

  it("tells a render's colouring drawn at the next idle even when the same colouring comes again before it", () => {
    // A render hands a colouring over; before the map is idle the page renders it again with new arrays of the same
    // content (its answers checked against the contract, or React's StrictMode running the effect twice).
    const { map, drawFrame } = fakeMap();
    const colourer = new MapColourer(map, new ColouringTimeline());
    const first = colouring(2022, [['0617', '#440154']]);
    expect(colourer.apply(first)).toBe(true);
    expect(colourer.apply({ ...first, codes: [...codes], fills: new Map(first.fills) })).toBe(false);
    expect(measures()).toEqual([]);
    drawFrame();
    expect(measures()).toEqual([[MAP_MARKS.coloursDrawn, first.key]]);
    drawFrame();
    expect(measures()).toHaveLength(1);
  });

  it('draws the no-data hatch only while a municipality lacks data, told only when that flips', () => {
    const { map, globalState } = fakeMap();
    const told = vi.spyOn(map, 'setGlobalStateProperty');
    const colourer = new MapColourer(map, new ColouringTimeline());
    const all: [string, string][] = codes.map((code) => [code, '#440154']);
    colourer.apply(colouring(2020, all));
    // Full coverage: the hatch would rasterise every municipality at opacity 0 in every frame.
    expect(globalState['anyNoData']).toBeUndefined();
    colourer.applyLive(colouring(2021, [all[0]!, ['2580', '#21918c'], all[2]!]));
    expect(told).not.toHaveBeenCalled(); // a frame that keeps full coverage leaves the style alone
    colourer.applyLive(colouring(2022, [all[0]!, all[1]!])); // Kiruna (1480) without a value
    expect(globalState['anyNoData']).toBe(true);
    colourer.applyLive(colouring(2023, [all[0]!, ['2580', '#fde725']]));
    expect(told).toHaveBeenCalledTimes(1);
    colourer.applyLive(colouring(2024, all));
    expect(globalState['anyNoData']).toBe(false);
  });
});
