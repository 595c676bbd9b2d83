import { Marker, type GeoJSONSource, type MapSourceDataEvent, type Map as MapLibreMap } from 'maplibre-gl';
import { MAP_SOURCES } from './sources';

/**
 * Counts on firm clusters as HTML markers: the style has no glyphs (nothing is fetched from the web), so text
 * cannot be a symbol layer. Markers are kept per cluster id and reused while the cluster stays on screen.
 *
 * The clusters are looked up again only when they can have changed: the camera moved, the firms' data or tiles
 * changed, or the layer was shown or hidden. A re-colouring changes none of them, and the lookup (a query of
 * every rendered cluster) would otherwise run after each frame of a slider drag.
 */
export function attachClusterLabels(map: MapLibreMap, describe: (count: number) => string): () => void {
  const markers = new Map<number, Marker>();
  let stale = true;
  let wasVisible: boolean | null = null;
  const markStale = () => void (stale = true);
  const onSourceData = (event: MapSourceDataEvent) => {
    if (event.sourceId === MAP_SOURCES.firms) stale = true;
  };
  const update = () => {
    const visible =
      Boolean(map.getLayer('firms-cluster')) &&
      map.getLayoutProperty('firms-cluster', 'visibility') !== 'none';
    if (!stale && visible === wasVisible) return;
    stale = false;
    wasVisible = visible;
    const features = visible ? map.queryRenderedFeatures({ layers: ['firms-cluster'] }) : [];
    const seen = new Set<number>();
    for (const feature of features) {
      const id = Number(feature.properties['cluster_id']);
      const count = Number(feature.properties['point_count']);
      if (seen.has(id) || feature.geometry.type !== 'Point') continue;
      seen.add(id);
      if (markers.has(id)) continue;
      const element = document.createElement('div');
      element.className = 'cluster-label';
      element.textContent = String(count);
      element.setAttribute('aria-hidden', 'true');
      element.title = describe(count);
      const [lon, lat] = feature.geometry.coordinates as [number, number];
      markers.set(id, new Marker({ element }).setLngLat([lon, lat]).addTo(map));
    }
    for (const [id, marker] of markers) {
      if (!seen.has(id)) {
        marker.remove();
        markers.delete(id);
      }
    }
  };
  map.on('move', markStale);
  map.on('resize', markStale);
  map.on('sourcedata', onSourceData);
  map.on('idle', update);
  return () => {
    map.off('move', markStale);
    map.off('resize', markStale);
    map.off('sourcedata', onSourceData);
    map.off('idle', update);
    for (const marker of markers.values()) marker.remove();
    markers.clear();
  };
}

/** Zoom to where a cluster splits; `cause` is the user's click, so the move counts as the user's own. */
export async function zoomIntoCluster(
  map: MapLibreMap,
  clusterId: number,
  at: [number, number],
  cause: MouseEvent,
): Promise<void> {
  const source = map.getSource<GeoJSONSource>(MAP_SOURCES.firms);
  if (!source) return;
  const zoom = await source.getClusterExpansionZoom(clusterId);
  map.easeTo({ center: at, zoom: zoom + 0.5 }, { originalEvent: cause });
}
