import type { QueryClient } from '@tanstack/react-query';
import { HealthResponse } from '../../../data/contract/api-health';
import { ProfileResponse } from '../../../data/contract/api-profile';
import { FirmsResponse } from '../../../data/contract/api-firms';
import { IndicatorsResponse } from '../../../data/contract/api-indicators';
import { ReachResponse } from '../../../data/contract/reach';
import { StandsOutResponse } from '../../../data/contract/stands-out';
import { catalogueQuery, healthQuery } from '../../data/catalogue-queries';
import { firmsInMunicipalityQuery } from '../../data/firms-queries';
import { joinProfile } from '../../data/profile-join';
import { profileQuery } from '../../data/profile-queries';
import { reachQuery, type ReachStart } from '../../data/reach-queries';
import { standsOutQuery } from '../../data/stands-out-queries';
import { CENTRE_SITE, parseLocalityState, type LocalityUrlState } from '../url-state';

/**
 * The API's answers a locality page's first screen is rendered from, as their JSON bodies: fetched by the server
 * render, written into the page as `<script type="application/json">`, and put into the browser's cache under the
 * keys of the queries that would have fetched them, so that hydration renders what the server rendered.
 */
export interface FirstScreenAnswers {
  code: string;
  search: string;
  profile: unknown;
  /** The atlas catalogue: the profile names its indicators by id only, and the page joins them with it. */
  catalogue: unknown;
  health: unknown;
  standsOut: unknown;
  firms: unknown;
  reach: unknown;
}

/** How the server render asks its own API: a path with its query, answered in process. */
export type ApiFetch = (path: string) => Promise<Response>;

/** An answer the first screen cannot be rendered without: its status, so a 404 becomes the page's 404. */
export class FirstScreenAnswerError extends Error {
  constructor(
    readonly answer: keyof Omit<FirstScreenAnswers, 'code' | 'search'>,
    readonly path: string,
    readonly status: number,
  ) {
    super(`${path}: HTTP ${status}`);
  }
}

async function body(fetchApi: ApiFetch, answer: FirstScreenAnswerError['answer'], path: string) {
  const response = await fetchApi(path);
  if (!response.ok) throw new FirstScreenAnswerError(answer, path, response.status);
  return (await response.json()) as unknown;
}

/** The same start the page takes: the chosen site, else the municipality's first listed site, else its centre. */
function reachStart(state: LocalityUrlState, code: string, firms: FirmsResponse): ReachStart {
  const site = state.site ?? firms.features[0]?.properties.siteId ?? CENTRE_SITE;
  return site === CENTRE_SITE ? { municipality: code } : { site };
}

const stateOf = (code: string, search: string) => parseLocalityState(new URLSearchParams(search), code);

/**
 * Asks the API for everything the first screen shows, with the page's own defaults and URL choices (the same
 * requests the page would make, the reach from the first firm site without a round trip through the browser).
 */
export async function fetchFirstScreenAnswers(
  fetchApi: ApiFetch,
  code: string,
  search: string,
): Promise<FirstScreenAnswers> {
  const state = stateOf(code, search);
  const profileParams = new URLSearchParams();
  if (state.similarBy.length > 0) profileParams.set('similarBy', state.similarBy.join(','));
  if (state.sex !== 'total') profileParams.set('sex', state.sex);
  const profileSearch = profileParams.toString() ? `?${profileParams}` : '';
  const settled = await Promise.allSettled([
    body(fetchApi, 'profile', `/api/municipalities/${code}${profileSearch}`),
    body(fetchApi, 'catalogue', '/api/indicators'),
    body(fetchApi, 'health', '/api/health'),
    body(fetchApi, 'standsOut', `/api/municipalities/${code}/stands-out?group=${state.group}`),
    body(fetchApi, 'firms', `/api/firms?municipality=${code}`),
  ]);
  // The profile's failure first: an unknown code fails every answer, and its 404 is the page's.
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw settled[0].status === 'rejected' ? settled[0].reason : failed.reason;
  const [profile, catalogue, health, standsOut, firms] = settled.map((result) =>
    result.status === 'fulfilled' ? result.value : undefined,
  );
  const start = reachStart(state, code, FirmsResponse.parse(firms));
  const reachParams = new URLSearchParams({ ...start, target: state.reachTarget, n: String(state.reachN) });
  const reach = await body(fetchApi, 'reach', `/api/reach?${reachParams}`);
  return { code, search, profile, catalogue, health, standsOut, firms, reach };
}

/**
 * Puts the answers into the cache under the page's own query keys, each checked against the contract as the
 * query functions check them, the profile joined with the catalogue as `profileQuery` joins it.
 */
export function seedFirstScreenAnswers(client: QueryClient, answers: FirstScreenAnswers): void {
  const { code } = answers;
  const state = stateOf(code, answers.search);
  const catalogue = IndicatorsResponse.parse(answers.catalogue).indicators;
  const firms = FirmsResponse.parse(answers.firms);
  const profile = joinProfile(ProfileResponse.parse(answers.profile), catalogue);
  const sex = state.sex === 'total' ? {} : { sex: state.sex };
  client.setQueryData(catalogueQuery.queryKey, catalogue);
  client.setQueryData(profileQuery(code, state.similarBy, sex).queryKey, profile);
  client.setQueryData(healthQuery.queryKey, HealthResponse.parse(answers.health));
  client.setQueryData(standsOutQuery(code, state.group).queryKey, StandsOutResponse.parse(answers.standsOut));
  client.setQueryData(firmsInMunicipalityQuery(code).queryKey, firms);
  const reach = reachQuery(reachStart(state, code, firms), state.reachTarget, state.reachN);
  client.setQueryData(reach.queryKey, ReachResponse.parse(answers.reach));
}
