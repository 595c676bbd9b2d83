import type { Map as MapLibreMap } from 'maplibre-gl';
import { FLAG_GLOBAL_STATE, type MunicipalityFlag } from './global-state';
import { MAP_SOURCES } from './sources';

/** Which municipalities hold each flag, per map: the style's "any …" global state follows from them. */
const flagged = new WeakMap<MapLibreMap, Record<MunicipalityFlag, Set<string>>>();

/**
 * Sets a flag's feature-state and keeps its global "any" state true while some municipality holds it: the layers
 * that draw only flagged municipalities (hatch, halo, highlight) then switch off as a whole when none does, so
 * MapLibre skips them instead of drawing 290 invisible outlines on every frame of a drag.
 */
function setMunicipalityFlag(map: MapLibreMap, code: string, flag: MunicipalityFlag, on: boolean): void {
  map.setFeatureState({ source: MAP_SOURCES.municipalityFlags, id: code }, { [flag]: on });
  let sets = flagged.get(map);
  if (!sets) {
    sets = { noData: new Set(), selected: new Set(), hover: new Set() };
    flagged.set(map, sets);
  }
  const holders = sets[flag];
  const before = holders.size > 0;
  if (on) holders.add(code);
  else holders.delete(code);
  if (holders.size > 0 !== before) map.setGlobalStateProperty(FLAG_GLOBAL_STATE[flag], holders.size > 0);
}

/**
 * Re-colour municipalities through feature-state: the geometry stays on the GPU, only 290 small state objects
 * change. A municipality without a colour gets `noData`, which switches on the hatch layer. With `shown` (what this
 * map holds per code, null for no data; a code absent from it was never set) only the municipalities whose colour
 * differs are set, and `shown` is brought up to date: MapLibre rewrites the paint buffers of every feature whose
 * state is set, changed or not, in every layer of that source that reads feature-state. So the colour goes to
 * `municipalities` (its fill layer reads it) and `noData` to the flags source (hatch, selection, hover), the latter
 * only where it changed: a switch between two indicators with the same coverage touches one layer, as a bare
 * MapLibre page would. Returns how many municipalities changed.
 */
export function applyFills(
  map: MapLibreMap,
  codes: readonly string[],
  fills: ReadonlyMap<string, string>,
  shown: Map<string, string | null> | null = null,
): number {
  let changed = 0;
  for (const code of codes) {
    const fill = fills.get(code) ?? null;
    const before = shown?.get(code);
    if (before === fill) continue;
    changed++;
    shown?.set(code, fill);
    map.setFeatureState({ source: MAP_SOURCES.municipalities, id: code }, { fill });
    if (before === undefined || (before === null) !== (fill === null))
      setMunicipalityFlag(map, code, 'noData', fill === null);
  }
  return changed;
}

/**
 * A flag on or off. Leaving the page unmounts the map before the effects that clear their flags, and a removed map
 * has no style left: clearing a flag then is a no-op, not a crash of the page being opened.
 */
export function setFlag(
  map: MapLibreMap,
  code: string | null,
  flag: 'selected' | 'hover',
  on: boolean,
): void {
  if (!code || (map.style as MapLibreMap['style'] | undefined) === undefined) return;
  setMunicipalityFlag(map, code, flag, on);
}

/** Codes of the municipalities currently drawn, each once (a polygon comes back once per tile it crosses). */
export function renderedMunicipalityCodes(map: MapLibreMap): string[] {
  const features = map.queryRenderedFeatures({ layers: ['municipality-fill'] });
  return [...new Set(features.map((f) => String(f.properties['code'])))].sort();
}

export function fillOf(map: MapLibreMap, code: string): string | null {
  const state = map.getFeatureState({ source: MAP_SOURCES.municipalities, id: code }) as {
    fill?: string | null;
  };
  return state.fill ?? null;
}
