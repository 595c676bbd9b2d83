import { prewarm, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let configured = false;

/** MapLibre cannot find its worker under Vite by itself; point it at the bundled file once, before any map exists. */
export function configureMapLibreWorker(): void {
  if (configured) return;
  setWorkerUrl(workerUrl);
  configured = true;
}

/**
 * Start MapLibre's worker while React is still rendering, so the worker script download and start-up overlap
 * with the first API requests instead of following them. The worker is then shared by every map on the page.
 */
export function warmUpMapLibre(): void {
  configureMapLibreWorker();
  prewarm();
}
