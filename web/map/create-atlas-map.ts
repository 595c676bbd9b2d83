import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { MapView } from './types';
import { SWEDEN_BOUNDS, buildStyle } from './base-style';
import { registerImages } from './register-images';
import { installProbe } from './test-hooks';
import { configureMapLibreWorker } from './worker';

/** The class of the element MapLibre draws into, inside the planner's `.atlas-map__canvas`. */
export const MAP_SURFACE_CLASS = 'atlas-map__surface';

/** One planner map: created before React loads (web/first-map) or by React, and adopted by `useAtlasMap`. */
export interface AtlasMapHandle {
  map: MapLibreMap;
  /** The element MapLibre draws into; it moves into React's tree when React takes the map over. */
  surface: HTMLElement;
  /** Resolves once the style has loaded: sources exist, so colours can be set before the geometry arrives. */
  styled: Promise<void>;
  /** Where the map reports a camera the user chose (React sets it when it takes the map over). */
  onViewChange: (view: MapView) => void;
  /** Watch the area above the coverage line Sweden is fitted into (again after the surface moved). */
  fitInto(visible: HTMLElement | null): void;
  remove(): void;
}

/**
 * Create the map once per surface. Later changes never recreate it: the camera belongs to the map, and the URL
 * only hears about it after a move the user made ends.
 */
export function createAtlasMap(
  surface: HTMLElement,
  options: { municipalitiesUrl: string; initialView: MapView | null },
): AtlasMapHandle {
  configureMapLibreWorker();
  const { initialView, municipalitiesUrl } = options;
  const instance = new MapLibreMap({
    container: surface,
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
  instance.on('movestart', (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) userMoved = true;
  });
  // The worker may ask for the hatch or arrow images before 'load' (the geometry arrives early): answer then.
  instance.setMissingStyleImageResolver(() => registerImages(instance));
  // Test builds only: a production bundle keeps no probe (the constant condition drops it and its import).
  const probe = import.meta.env.MODE === 'test' ? installProbe(instance) : null;
  // The canvas reaches under the coverage line below the map (so a longer line never resizes it): Sweden is
  // fitted into the part above that line.
  let visible: HTMLElement | null = null;
  const fitSweden = () => {
    const covered = visible
      ? surface.getBoundingClientRect().bottom - visible.getBoundingClientRect().bottom
      : 0;
    const padding = { top: 16, left: 16, right: 16, bottom: 16 + Math.max(0, covered) };
    instance.fitBounds(SWEDEN_BOUNDS, { padding, animate: false });
  };
  // 'style.load', not 'load': sources exist now, so colours are set before the geometry arrives and the first
  // complete frame is already the coloured map.
  const styled = new Promise<void>((resolve) =>
    instance.once('style.load', () => {
      // The container has its final size only now; fitting at construction could leave Skåne off-screen.
      if (!initialView) fitSweden();
      registerImages(instance);
      if (probe) probe.fillKey = null;
      resolve();
    }),
  );
  const handle: AtlasMapHandle = {
    map: instance,
    surface,
    styled,
    onViewChange: () => undefined,
    fitInto(area) {
      if (visible) resize.unobserve(visible);
      visible = area;
      if (visible) resize.observe(visible);
      if (!userMoved) fitSweden();
    },
    remove() {
      resize.disconnect();
      instance.remove();
    },
  };
  instance.on('moveend', () => {
    // Fitting Sweden into a resized container is not a view anyone chose: keep it out of the URL.
    if (!userMoved) return;
    const center = instance.getCenter();
    handle.onViewChange({ lon: center.lng, lat: center.lat, zoom: instance.getZoom() });
  });
  // The canvas resizes only when its container does (a resize reallocates the WebGL buffers); when only the
  // part above the coverage line changes, Sweden is re-fitted without touching the canvas.
  const resize = new ResizeObserver((entries) => {
    if (entries.some((entry) => entry.target === surface)) instance.resize();
    if (!userMoved) fitSweden();
  });
  resize.observe(surface);
  return handle;
}
