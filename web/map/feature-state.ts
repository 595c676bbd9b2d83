import type { Map as MapLibreMap } from 'maplibre-gl';
import { MAP_SOURCES } from './sources';

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
      map.setFeatureState({ source: MAP_SOURCES.municipalityFlags, id: code }, { noData: fill === null });
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
  map.setFeatureState({ source: MAP_SOURCES.municipalityFlags, id: code }, { [flag]: on });
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
