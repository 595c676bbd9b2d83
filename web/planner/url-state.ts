import type { SexView } from '../../data/contract/api';
import { isSexView } from '../../data/contract/sex-views';
import { CLASSIFICATION_METHODS, type ClassificationMethod } from '../lib/classification';
import type { Lang } from '../lib/format';
import { OVERLAYS, type MapView, type Overlay } from '../map/types';

export { OVERLAYS, type MapView, type Overlay };

export const NACE_FILTERS = ['24', '25', 'other'] as const;
export type NaceFilter = (typeof NACE_FILTERS)[number];

/** Everything a shared link must reproduce. The map camera is only written here, never read back while panning. */
export interface PlannerState {
  indicator: string | null;
  year: number | null;
  /** Kolada's split by sex: total (default), women, men, or the gap women − men. */
  sex: SexView;
  classification: ClassificationMethod;
  selected: string | null;
  overlays: Overlay[];
  nace: NaceFilter[];
  view: MapView | null;
  lang: Lang;
  table: boolean;
  /** "index": the attractiveness index instead of one indicator. */
  mode: 'indicator' | 'index';
  /** The index's WeightSet and view parameters, under the `i_` prefix (see web/attractiveness). */
  index: Record<string, string>;
}

export const DEFAULT_STATE: PlannerState = {
  indicator: null,
  year: null,
  sex: 'total',
  classification: 'quantile',
  selected: null,
  overlays: ['counties', 'firms', 'flows'],
  nace: [...NACE_FILTERS],
  view: null,
  lang: 'sv',
  table: false,
  mode: 'indicator',
  index: {},
};

const INDEX_PREFIX = 'i_';
const INDEX_VALUE = /^[\w.:,-]{1,2000}$/;

// Plain checks, not zod: the URL is read before the first map, whose scripts leave zod out (web/data/contract-loader).
const SLUG = /^[a-z][a-z0-9_]{1,63}$/;
const CODE = /^\d{4}$/;

const matching = (pattern: RegExp, raw: string | null) => (raw !== null && pattern.test(raw) ? raw : null);

/** An integer year in 1990..2100 (as `Number` reads it), otherwise null. */
function yearOf(raw: string | null): number | null {
  if (raw === null || raw.trim() === '') return null;
  const year = Number(raw);
  return Number.isInteger(year) && year >= 1990 && year <= 2100 ? year : null;
}

/** `lon,lat,zoom` within the map's limits, otherwise null. */
function viewOf(raw: string | null): MapView | null {
  if (raw === null) return null;
  const parts = raw.split(',').map(Number);
  if (parts.length !== 3 || parts.some((n) => !Number.isFinite(n))) return null;
  const [lon, lat, zoom] = parts as [number, number, number];
  if (Math.abs(lon) > 180 || Math.abs(lat) > 85 || zoom < 0 || zoom > 22) return null;
  return { lon, lat, zoom };
}

function list<T extends string>(raw: string | null, allowed: readonly T[], fallback: T[]): T[] {
  if (raw === null) return fallback;
  if (raw === '' || raw === 'none') return [];
  return allowed.filter((item) => raw.split(',').includes(item));
}

/** Read state from a query string; anything malformed falls back to the default rather than failing the page. */
export function parseState(search: string): PlannerState {
  const params = new URLSearchParams(search);
  const classification = params.get('class');
  const sex = params.get('sex');
  return {
    indicator: matching(SLUG, params.get('indicator')),
    year: yearOf(params.get('year')),
    sex: isSexView(sex) ? sex : DEFAULT_STATE.sex,
    classification: CLASSIFICATION_METHODS.find((m) => m === classification) ?? DEFAULT_STATE.classification,
    selected: matching(CODE, params.get('sel')),
    overlays: list(params.get('layers'), OVERLAYS, DEFAULT_STATE.overlays),
    nace: list(params.get('nace'), NACE_FILTERS, DEFAULT_STATE.nace),
    view: viewOf(params.get('view')),
    lang: params.get('lang') === 'en' ? 'en' : 'sv',
    table: params.get('table') === '1',
    mode: params.get('mode') === 'index' ? 'index' : 'indicator',
    index: Object.fromEntries(
      [...params]
        .filter(([key, value]) => key.startsWith(INDEX_PREFIX) && INDEX_VALUE.test(value))
        .map(([key, value]) => [key.slice(INDEX_PREFIX.length), value]),
    ),
  };
}

/** Write state as a query string, leaving out defaults so links stay short. */
export function serialiseState(state: PlannerState): string {
  const params = new URLSearchParams();
  if (state.indicator) params.set('indicator', state.indicator);
  if (state.year !== null) params.set('year', String(state.year));
  if (state.sex !== DEFAULT_STATE.sex) params.set('sex', state.sex);
  if (state.classification !== DEFAULT_STATE.classification) params.set('class', state.classification);
  if (state.selected) params.set('sel', state.selected);
  if (!sameSet(state.overlays, DEFAULT_STATE.overlays))
    params.set('layers', state.overlays.join(',') || 'none');
  if (!sameSet(state.nace, DEFAULT_STATE.nace)) params.set('nace', state.nace.join(',') || 'none');
  if (state.view) {
    const { lon, lat, zoom } = state.view;
    params.set('view', `${lon.toFixed(4)},${lat.toFixed(4)},${zoom.toFixed(2)}`);
  }
  if (state.lang !== DEFAULT_STATE.lang) params.set('lang', state.lang);
  if (state.table) params.set('table', '1');
  if (state.mode === 'index') params.set('mode', 'index');
  for (const [key, value] of Object.entries(state.index)) params.set(`${INDEX_PREFIX}${key}`, value);
  const query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
  return query ? `?${query}` : '';
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((item) => b.includes(item));
}
