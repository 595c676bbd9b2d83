import type { MapGeoJSONFeature, MapMouseEvent, Map as MapLibreMap } from 'maplibre-gl';
import { FirmSiteProperties } from '../../data/contract/firm';
import { zoomIntoCluster } from './cluster-labels';
import { setFlag } from './feature-state';
import { interactiveLayers } from './layers';
import type { FirmPopupState, MunicipalityHover } from './types';

const MUNICIPALITY_LAYERS = interactiveLayers('municipality');
const FIRM_LAYERS = interactiveLayers('firm');
const CLUSTER_LAYERS = interactiveLayers('cluster');

export interface PointerHandlers {
  hover: (hover: MunicipalityHover | null) => void;
  select: (code: string | null) => void;
  firm: (popup: FirmPopupState | null) => void;
}

/** Hover, click and cluster zoom on the map; returns a function that detaches them. */
export function attachPointer(map: MapLibreMap, on: PointerHandlers): () => void {
  let hovered: string | null = null;
  const setHovered = (code: string | null) => {
    if (code === hovered) return;
    setFlag(map, hovered, 'hover', false);
    setFlag(map, code, 'hover', true);
    hovered = code;
  };
  const topFeature = (event: MapMouseEvent, layers: string[]): MapGeoJSONFeature | undefined =>
    map.queryRenderedFeatures(event.point, { layers: layers.filter((id) => map.getLayer(id)) })[0];

  const move = (event: MapMouseEvent) => {
    const overPoint = topFeature(event, [...FIRM_LAYERS, ...CLUSTER_LAYERS]);
    const municipality = overPoint ? undefined : topFeature(event, MUNICIPALITY_LAYERS);
    map.getCanvas().style.cursor = overPoint || municipality ? 'pointer' : '';
    const code = municipality ? String(municipality.properties['code']) : null;
    setHovered(code);
    on.hover(
      municipality && code
        ? { code, name: String(municipality.properties['name']), x: event.point.x, y: event.point.y }
        : null,
    );
  };
  const leave = () => {
    setHovered(null);
    on.hover(null);
  };
  const click = (event: MapMouseEvent) => {
    const cluster = topFeature(event, CLUSTER_LAYERS);
    if (cluster && cluster.geometry.type === 'Point') {
      const at = cluster.geometry.coordinates as [number, number];
      void zoomIntoCluster(map, Number(cluster.properties['cluster_id']), at, event.originalEvent);
      return;
    }
    const firm = topFeature(event, FIRM_LAYERS);
    if (firm && firm.geometry.type === 'Point') {
      // Vector tiles drop null properties, so a missing `employees` means the source did not state it.
      const parsed = FirmSiteProperties.safeParse({ employees: null, ...firm.properties });
      if (parsed.success)
        on.firm({ firm: parsed.data, lngLat: firm.geometry.coordinates as [number, number] });
      return;
    }
    const municipality = topFeature(event, MUNICIPALITY_LAYERS);
    on.select(municipality ? String(municipality.properties['code']) : null);
  };
  map.on('mousemove', move);
  map.on('mouseout', leave);
  map.on('click', click);
  return () => {
    map.off('mousemove', move);
    map.off('mouseout', leave);
    map.off('click', click);
  };
}
