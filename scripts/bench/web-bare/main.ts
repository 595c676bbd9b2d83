/**
 * The benchmark's baseline: the least a page can do to show the same 290 municipalities in colour with MapLibre.
 * No React, no query cache, no validation: one GeoJSON fetch, one fill layer. For the switch and slider baselines
 * it re-colours the same polygons by feature-state from the same values answers the dashboard reads (`window.bare`,
 * driven by scripts/bench/web.ts), an indicator chosen from a plain list (picker.ts) as the dashboard's is from its
 * picker, and it writes the same User Timing entries (one measure per colouring, none per frame).
 */
import { Map as MapLibreMap, setWorkerUrl } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { mountPicker } from './picker';

interface BareValues {
  year: number;
  values: { code: string; value: number }[];
}

export interface BarePage {
  /** Fetch (unless cached) one indicator-year's values, colour by quintile, resolve when drawn. */
  recolour(indicator: string, year: number | null): Promise<void>;
  /** Fetch every year of an indicator (years from the catalogue) into the page's cache; resolves to the years. */
  prefetch(indicator: string): Promise<number[]>;
  /** Set the colours of a cached indicator-year without waiting for the draw (one slider frame). */
  applyCached(indicator: string, year: number): void;
  /** Resolves when the last applyCached colours are drawn. */
  idle(): Promise<void>;
}

declare global {
  interface Window {
    bare?: BarePage;
  }
}

const COLOURS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];
const cache = new Map<string, BareValues>();

setWorkerUrl(workerUrl);
const map = new MapLibreMap({
  container: 'map',
  bounds: [10.6, 55.1, 24.4, 69.2],
  attributionControl: false,
  style: {
    version: 8,
    sources: { municipalities: { type: 'geojson', data: '/api/municipalities', promoteId: 'code' } },
    layers: [
      { id: 'background', type: 'background', paint: { 'background-color': '#dce6ee' } },
      {
        id: 'fill',
        type: 'fill',
        source: 'municipalities',
        paint: {
          'fill-color': [
            'coalesce',
            ['feature-state', 'fill'],
            ['match', ['get', 'degurba'], 1, '#440154', 2, '#21918c', '#fde725'],
          ],
        },
      },
    ],
  },
});
map.once('idle', () => performance.mark('atlas:first-coloured-map'));

async function values(indicator: string, year: number | null): Promise<BareValues> {
  const key = `${indicator}:${year ?? 'latest'}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const query = year === null ? '' : `?year=${year}`;
  const body = (await (await fetch(`/api/indicators/${indicator}/values${query}`)).json()) as BareValues;
  cache.set(key, body);
  return body;
}

function paint(body: BareValues): void {
  const sorted = body.values.map((v) => v.value).sort((a, b) => a - b);
  const breaks = [1, 2, 3, 4].map((q) => sorted[Math.floor((q * sorted.length) / 5)] ?? Infinity);
  for (const { code, value } of body.values) {
    const fill = COLOURS[breaks.filter((b) => value >= b).length] ?? null;
    map.setFeatureState({ source: 'municipalities', id: code }, { fill });
  }
}

const idle = () => new Promise<void>((resolve) => map.once('idle', () => resolve()));
/** Subscribed when colours change, before the frame that draws them: an idle map never fires 'idle' again. */
let drawn: Promise<void> = Promise.resolve();

window.bare = {
  async recolour(indicator, year) {
    paint(await values(indicator, year));
    const handedOver = performance.now();
    const drawn = idle();
    map.triggerRepaint();
    await drawn;
    performance.measure('atlas:colours-drawn', {
      start: handedOver,
      detail: `${indicator}:${year ?? 'latest'}`,
    });
  },
  async prefetch(indicator) {
    const catalogue = (await (await fetch('/api/indicators')).json()) as {
      indicators: { id: string; years: number[] }[];
    };
    const years = catalogue.indicators.find((i) => i.id === indicator)?.years ?? [];
    await Promise.all(years.map((year) => values(indicator, year)));
    return years;
  },
  applyCached(indicator, year) {
    const body = cache.get(`${indicator}:${year}`);
    if (body) paint(body);
    drawn = idle();
    map.triggerRepaint();
  },
  idle: () => drawn,
};

mountPicker((id) => void window.bare!.recolour(id, null));
