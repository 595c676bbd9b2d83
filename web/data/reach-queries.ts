import { queryOptions } from '@tanstack/react-query';
import { ReachResponse, type ReachTarget } from '../../data/contract/reach';
import { api } from './api-client';
import { STATIC } from './cache-policy';
import { parsed } from './parse-response';

/** Where the reach starts: a firm site, or a municipality's interior point. */
export type ReachStart = { site: string } | { municipality: string };

/** How far a firm must reach for n people of the target group (an estimate; see the answer's method). */
export function reachQuery(start: ReachStart, target: ReachTarget, n: number) {
  const where = 'site' in start ? `site:${start.site}` : `municipality:${start.municipality}`;
  return queryOptions({
    queryKey: ['reach', where, target, n],
    ...STATIC,
    queryFn: () => parsed(api.reach.$get({ query: { ...start, target, n: String(n) } }), ReachResponse),
  });
}
