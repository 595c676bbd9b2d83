import type { Map as MapLibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { applyFills, setFlag } from '../../../web/map/feature-state';
import { MAP_SOURCES } from '../../../web/map/sources';

/** A map that records the feature-state it is given, per source. */
function recordingMap() {
  const calls: { source: string; id: string; state: Record<string, unknown> }[] = [];
  const globalState: Record<string, unknown> = {};
  const globalChanges: string[] = [];
  const map = {
    style: {},
    setFeatureState: (target: { source: string; id: string }, state: Record<string, unknown>) =>
      void calls.push({ source: target.source, id: target.id, state }),
    setGlobalStateProperty: (name: string, value: unknown) => {
      globalState[name] = value;
      globalChanges.push(`${name}=${String(value)}`);
    },
  };
  return { map: map as unknown as MapLibreMap, calls, globalState, globalChanges };
}

const codes = ['0617', '2580', '1480'];

describe('applyFills: colours on the municipalities source, flags on their own', () => {
  it('sets every colour and every no-data flag the first time', () => {
    const { map, calls } = recordingMap();
    applyFills(
      map,
      codes,
      new Map([
        ['0617', '#440154'],
        ['2580', '#21918c'],
      ]),
    );
    expect(calls.filter((c) => c.source === MAP_SOURCES.municipalities)).toEqual([
      { source: 'municipalities', id: '0617', state: { fill: '#440154' } },
      { source: 'municipalities', id: '2580', state: { fill: '#21918c' } },
      { source: 'municipalities', id: '1480', state: { fill: null } },
    ]);
    expect(calls.filter((c) => c.source === MAP_SOURCES.municipalityFlags).map((c) => c.state)).toEqual([
      { noData: false },
      { noData: false },
      { noData: true },
    ]);
  });

  it('a switch with the same coverage touches only the colours that changed, and no flag', () => {
    const { map, calls } = recordingMap();
    // What the map holds: Göteborg (1480) already without data.
    const before = new Map<string, string | null>([
      ['0617', '#440154'],
      ['2580', '#21918c'],
      ['1480', null],
    ]);
    applyFills(
      map,
      codes,
      new Map([
        ['0617', '#fde725'],
        ['2580', '#21918c'],
      ]),
      before,
    );
    expect(calls).toEqual([{ source: 'municipalities', id: '0617', state: { fill: '#fde725' } }]);
  });

  it('a municipality that loses or gains its value gets its no-data flag changed', () => {
    const { map, calls } = recordingMap();
    applyFills(
      map,
      codes,
      new Map([['1480', '#fde725']]),
      new Map([
        ['0617', '#440154'],
        ['2580', '#21918c'],
      ]),
    );
    expect(calls).toEqual([
      { source: 'municipalities', id: '0617', state: { fill: null } },
      { source: 'municipality-flags', id: '0617', state: { noData: true } },
      { source: 'municipalities', id: '2580', state: { fill: null } },
      { source: 'municipality-flags', id: '2580', state: { noData: true } },
      { source: 'municipalities', id: '1480', state: { fill: '#fde725' } },
      { source: 'municipality-flags', id: '1480', state: { noData: false } },
    ]);
  });

  it('brings what the map holds up to date and counts the municipalities it changed', () => {
    const { map, calls } = recordingMap();
    const shown = new Map<string, string | null>();
    expect(applyFills(map, codes, new Map([['0617', '#440154']]), shown)).toBe(3);
    expect([...shown]).toEqual([
      ['0617', '#440154'],
      ['2580', null],
      ['1480', null],
    ]);
    calls.length = 0;
    // The same colours again, in a new list of the same codes (the next year's answer): nothing to set.
    expect(applyFills(map, [...codes].reverse(), new Map([['0617', '#440154']]), shown)).toBe(0);
    expect(calls).toEqual([]);
    // A code the map never held gets its colour and its flag, even without a value.
    expect(applyFills(map, [...codes, '2584'], new Map([['0617', '#440154']]), shown)).toBe(1);
    expect(calls).toEqual([
      { source: 'municipalities', id: '2584', state: { fill: null } },
      { source: 'municipality-flags', id: '2584', state: { noData: true } },
    ]);
  });

  it('selection and hover go to the flags source', () => {
    const { map, calls } = recordingMap();
    setFlag(map, '0617', 'selected', true);
    setFlag(map, '0617', 'hover', false);
    expect(calls).toEqual([
      { source: 'municipality-flags', id: '0617', state: { selected: true } },
      { source: 'municipality-flags', id: '0617', state: { hover: false } },
    ]);
  });

  it("keeps the style's 'any' global state true exactly while some municipality holds the flag", () => {
    const { map, globalState, globalChanges } = recordingMap();
    setFlag(map, '0617', 'selected', true);
    setFlag(map, '2580', 'selected', true);
    setFlag(map, '0617', 'selected', false);
    expect(globalState).toEqual({ anySelected: true });
    setFlag(map, '2580', 'selected', false);
    expect(globalState).toEqual({ anySelected: false });
    // Told only when it flips: a hover moving over the map does not touch the style on every polygon.
    setFlag(map, '0617', 'hover', true);
    setFlag(map, '0617', 'hover', false);
    setFlag(map, '2580', 'hover', true);
    expect(globalChanges).toEqual([
      'anySelected=true',
      'anySelected=false',
      'anyHovered=true',
      'anyHovered=false',
      'anyHovered=true',
    ]);
  });

  it('no data anywhere switches the hatch layer off; one municipality without a value switches it on', () => {
    const { map, globalState } = recordingMap();
    const shown = new Map<string, string | null>();
    applyFills(map, codes, new Map(codes.map((code) => [code, '#440154'])), shown);
    expect(globalState).toEqual({});
    applyFills(map, codes, new Map([['0617', '#440154']]), shown);
    expect(globalState).toEqual({ anyNoData: true });
    applyFills(map, codes, new Map(codes.map((code) => [code, '#21918c'])), shown);
    expect(globalState).toEqual({ anyNoData: false });
  });
});
