import { SexView } from '../../data/contract/api-params';
import type { ReachTarget } from '../../data/contract/reach';
import type { ComparisonGroup } from '../../data/contract/stands-out';

/**
 * The locality view's shareable state lives in the URL query (see docs/locality.md): which municipalities are
 * compared, which indicators define "most similar", the firm radius and the catchment site. Parsing is forgiving
 * (bad entries are dropped) because users edit and paste these links by hand.
 */
export interface LocalityUrlState {
  compare: string[];
  similarBy: string[];
  radiusKm: number;
  site: string | null;
  /** What "stands out" is measured against (`?group=`, default peers). */
  group: ComparisonGroup;
  /** How many people the reach answer looks for (`?reach=`), and of which group (`?target=`). */
  reachN: number;
  reachTarget: ReachTarget;
  /** Which series the figures show beside the totals (`?sex=`): total (default), women, men or the gap. */
  sex: SexView;
}

export const REACH_N = { min: 1, max: 20_000_000, default: 5000 } as const;

const GROUPS: readonly ComparisonGroup[] = ['peers', 'county', 'skr', 'nation'];

export const MAX_COMPARE = 8;
/** `?site=centre`: the catchment around the municipality's interior point instead of a firm site. */
export const CENTRE_SITE = 'centre';
export const RADIUS_KM = { min: 10, max: 100, default: 30 } as const;

const CODE = /^\d{4}$/;
const INDICATOR = /^[a-z][a-z0-9_]{1,63}$/;

function list(value: string | null, pattern: RegExp): string[] {
  if (!value) return [];
  return [
    ...new Set(
      value
        .split(',')
        .map((item) => item.trim())
        .filter((item) => pattern.test(item)),
    ),
  ];
}

/**
 * @example
 * parseLocalityState(new URLSearchParams('compare=0680,0662,0680,x&radiusKm=500'), '0617')
 * // { compare: ['0680', '0662'], similarBy: [], radiusKm: 100, site: null, group: 'peers', reachN: 5000,
 * //   reachTarget: 'age_20_64', sex: 'total' }
 */
export function parseLocalityState(params: URLSearchParams, subject: string): LocalityUrlState {
  const radius = Number(params.get('radiusKm'));
  const site = params.get('site');
  const group = GROUPS.find((item) => item === params.get('group')) ?? 'peers';
  const reach = Number(params.get('reach'));
  return {
    compare: list(params.get('compare'), CODE)
      .filter((code) => code !== subject)
      .slice(0, MAX_COMPARE),
    similarBy: list(params.get('similarBy'), INDICATOR),
    radiusKm:
      params.has('radiusKm') && Number.isFinite(radius)
        ? Math.min(RADIUS_KM.max, Math.max(RADIUS_KM.min, Math.round(radius)))
        : RADIUS_KM.default,
    site: site && /^[A-Za-z0-9_.:-]{1,80}$/.test(site) ? site : null,
    group,
    reachN:
      params.has('reach') && Number.isInteger(reach)
        ? Math.min(REACH_N.max, Math.max(REACH_N.min, reach))
        : REACH_N.default,
    reachTarget: params.get('target') === 'employed' ? 'employed' : 'age_20_64',
    sex: SexView.safeParse(params.get('sex')).data ?? 'total',
  };
}

/** Writes the state back, leaving other parameters (e.g. the language) alone and omitting defaults. */
export function writeLocalityState(params: URLSearchParams, state: LocalityUrlState): URLSearchParams {
  const next = new URLSearchParams(params);
  const set = (key: string, value: string | null) => (value ? next.set(key, value) : next.delete(key));
  set('compare', state.compare.join(','));
  set('similarBy', state.similarBy.join(','));
  set('radiusKm', state.radiusKm === RADIUS_KM.default ? null : String(state.radiusKm));
  set('site', state.site);
  set('group', state.group === 'peers' ? null : state.group);
  set('reach', state.reachN === REACH_N.default ? null : String(state.reachN));
  set('target', state.reachTarget === 'age_20_64' ? null : state.reachTarget);
  set('sex', state.sex === 'total' ? null : state.sex);
  return next;
}

export function toggleCompare(state: LocalityUrlState, code: string): LocalityUrlState {
  const compare = state.compare.includes(code)
    ? state.compare.filter((item) => item !== code)
    : [...state.compare, code].slice(0, MAX_COMPARE);
  return { ...state, compare };
}

/** Query string with literal commas (`?compare=0680,0662`), which stay readable when a link is read aloud. */
export function toQueryString(params: URLSearchParams): string {
  const text = params.toString().replaceAll('%2C', ',');
  return text ? `?${text}` : '';
}
