import circle from '@turf/circle';
import { Map as MapLibreMap, type GeoJSONSource } from 'maplibre-gl';
import { useEffect, useRef, useState } from 'react';
import 'maplibre-gl/dist/maplibre-gl.css';
import { LOCALITY_SOURCES, boundsAround, localityLayers } from './locality-layers';
import { EMPTY_COLLECTION } from './sources';
import { configureMapLibreWorker } from './worker';

declare global {
  interface Window {
    /** Set when the locality map has drawn its current data (browser tests wait for it). */
    __localityMapReady?: boolean;
  }
}

export interface LocalityMiniMapProps {
  subject: string;
  centre: [number, number];
  radiusKm: number;
  /** The estimated reach for the firm's target (issue: how far must a firm reach), drawn as a solid circle. */
  reachKm: number | null;
  firms: GeoJSON.FeatureCollection;
  flows: GeoJSON.FeatureCollection | null;
  /** Accessible description of what the map shows. */
  label: string;
  /** Receives a PNG of the drawn map after each render, for the printed brief (WebGL prints blank otherwise). */
  onSnapshot: (dataUrl: string) => void;
}

/**
 * A small static-feeling map of one locality: the municipality, firm sites, the catchment circle and any flows.
 * Created with preserveDrawingBuffer so the canvas can be copied into an <img> for printing.
 */
export function LocalityMiniMap({
  subject,
  centre,
  radiusKm,
  reachKm,
  firms,
  flows,
  label,
  onSnapshot,
}: LocalityMiniMapProps) {
  const container = useRef<HTMLDivElement | null>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const snapshot = useRef(onSnapshot);
  useEffect(() => {
    snapshot.current = onSnapshot;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    configureMapLibreWorker();
    const instance = new MapLibreMap({
      container: element,
      style: {
        version: 8,
        sources: {
          [LOCALITY_SOURCES.municipalities]: {
            type: 'geojson',
            data: new URL('/api/municipalities', window.location.href).href,
          },
          [LOCALITY_SOURCES.catchment]: { type: 'geojson', data: EMPTY_COLLECTION },
          [LOCALITY_SOURCES.reach]: { type: 'geojson', data: EMPTY_COLLECTION },
          [LOCALITY_SOURCES.flows]: { type: 'geojson', data: EMPTY_COLLECTION },
          [LOCALITY_SOURCES.firms]: { type: 'geojson', data: EMPTY_COLLECTION },
        },
        layers: localityLayers(subject),
      },
      bounds: boundsAround(centre, radiusKm * 1.15),
      attributionControl: false,
      interactive: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    instance.on('load', () => setMap(instance));
    instance.on('idle', () => {
      window.__localityMapReady = true;
      snapshot.current(instance.getCanvas().toDataURL('image/png'));
    });
    const resize = new ResizeObserver(() => instance.resize());
    resize.observe(element);
    return () => {
      resize.disconnect();
      instance.remove();
      setMap(null);
    };
    // The map is created once per subject; centre, radius and data are applied below without recreating it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [subject]);

  const [lon, lat] = centre;
  useEffect(() => {
    if (!map) return;
    window.__localityMapReady = false;
    const set = (id: string, data: GeoJSON.FeatureCollection | GeoJSON.Feature) =>
      (map.getSource(id) as GeoJSONSource | undefined)?.setData(data);
    set(LOCALITY_SOURCES.catchment, circle([lon, lat], radiusKm, { units: 'kilometers', steps: 96 }));
    set(
      LOCALITY_SOURCES.reach,
      reachKm && reachKm > 0
        ? circle([lon, lat], reachKm, { units: 'kilometers', steps: 96 })
        : EMPTY_COLLECTION,
    );
    set(LOCALITY_SOURCES.firms, firms);
    set(LOCALITY_SOURCES.flows, flows ?? EMPTY_COLLECTION);
    const extent = Math.max(radiusKm, reachKm ?? 0);
    map.fitBounds(boundsAround([lon, lat], extent * 1.15), { animate: false, padding: 8 });
  }, [map, lon, lat, radiusKm, reachKm, firms, flows]);

  return <div ref={container} className="locality-mini-map" role="img" aria-label={label} />;
}
