import { Map as MapLibreMap } from 'maplibre-gl';
import { useEffect, useRef, useState, type RefObject } from 'react';
import type { MapView } from './types';
import { SWEDEN_BOUNDS, buildStyle } from './base-style';
import { registerImages } from './register-images';
import { installProbe } from './test-hooks';
import { configureMapLibreWorker } from './worker';

interface Options {
  municipalitiesUrl: string;
  initialView: MapView | null;
  onViewChange: (view: MapView) => void;
}

/**
 * Create the map once per container and hand it out after its style has loaded. Later prop changes never
 * recreate it: the camera belongs to the map, and the URL only hears about it after a move ends.
 */
export function useAtlasMap(
  container: RefObject<HTMLDivElement | null>,
  options: Options,
): MapLibreMap | null {
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const latest = useRef(options);
  useEffect(() => {
    latest.current = options;
  });

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    configureMapLibreWorker();
    const { initialView, municipalitiesUrl } = latest.current;
    const instance = new MapLibreMap({
      container: element,
      style: buildStyle(municipalitiesUrl),
      ...(initialView
        ? { center: [initialView.lon, initialView.lat], zoom: initialView.zoom }
        : { bounds: SWEDEN_BOUNDS, fitBoundsOptions: { padding: 16 } }),
      minZoom: 3,
      maxZoom: 12,
      dragRotate: false,
      pitchWithRotate: false,
      attributionControl: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    instance.touchZoomRotate.disableRotation();
    instance.keyboard.disableRotation();
    // Until the user moves the map, keep all of Sweden in view when the layout settles (panels, footer, rotation).
    let userMoved = Boolean(initialView);
    const markMoved = (event: { originalEvent?: unknown }) => {
      if (event.originalEvent) userMoved = true;
    };
    instance.on('movestart', markMoved);
    // The worker may ask for the hatch or arrow images before 'load' (the geometry arrives early): answer then.
    instance.setMissingStyleImageResolver(() => registerImages(instance));
    // Test builds only: a production bundle keeps no probe (the constant condition drops it and its import).
    const probe = import.meta.env.MODE === 'test' ? installProbe(instance) : null;
    // The canvas reaches under the coverage line below the map (so a longer line never resizes it): Sweden is
    // fitted into the part above that line.
    const visible = element.parentElement;
    const fitSweden = () => {
      const covered = visible
        ? element.getBoundingClientRect().bottom - visible.getBoundingClientRect().bottom
        : 0;
      const padding = { top: 16, left: 16, right: 16, bottom: 16 + Math.max(0, covered) };
      instance.fitBounds(SWEDEN_BOUNDS, { padding, animate: false });
    };
    // 'style.load', not 'load': sources exist now, so colours are set before the geometry arrives and the first
    // complete frame is already the coloured map.
    instance.once('style.load', () => {
      // The container has its final size only now; fitting at construction could leave Skåne off-screen.
      if (!initialView) fitSweden();
      registerImages(instance);
      if (probe) probe.fillKey = null;
      setMap(instance);
    });
    instance.on('moveend', () => {
      // Fitting Sweden into a resized container is not a view anyone chose: keep it out of the URL.
      if (!userMoved) return;
      const center = instance.getCenter();
      latest.current.onViewChange({ lon: center.lng, lat: center.lat, zoom: instance.getZoom() });
    });
    // The canvas resizes only when its container does (a resize reallocates the WebGL buffers); when only the
    // part above the coverage line changes, Sweden is re-fitted without touching the canvas.
    const resize = new ResizeObserver((entries) => {
      if (entries.some((entry) => entry.target === element)) instance.resize();
      if (!userMoved) fitSweden();
    });
    resize.observe(element);
    if (visible) resize.observe(visible);
    return () => {
      resize.disconnect();
      instance.remove();
      setMap(null);
    };
  }, [container]);

  return map;
}
