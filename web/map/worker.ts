import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';

let configured = false;

/** MapLibre cannot find its worker under Vite by itself; point it at the bundled file once, before any map exists. */
export function configureMapLibreWorker(): void {
  if (configured) return;
  setWorkerUrl(workerUrl);
  configured = true;
}
