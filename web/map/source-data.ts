import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { SourceId } from './sources';

type SourceData = string | GeoJSON.GeoJSON;

// What each map's GeoJSON sources were last given: the URL or the very object.
const given = new WeakMap<MapLibreMap, Map<SourceId, SourceData>>();

/**
 * Gives a GeoJSON source its data unless it holds that data already: an effect that runs again with the same URL
 * (React's StrictMode runs each effect twice in development; a takeover re-runs them) never fetches it twice.
 */
export function setSourceData(map: MapLibreMap, id: SourceId, data: SourceData): void {
  const source = map.getSource<GeoJSONSource>(id);
  if (!source) return;
  let sources = given.get(map);
  if (!sources) given.set(map, (sources = new Map()));
  if (sources.get(id) === data) return;
  sources.set(id, data);
  void source.setData(data);
}
