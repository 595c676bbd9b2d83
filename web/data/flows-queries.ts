import { queryOptions } from '@tanstack/react-query';
import { api } from './api-client';
import { FOREVER } from './cache-policy';
import { parsed } from './parse-response';

/** Commuting flows to and from one municipality (origin-destination data exists only where the build has it). */
export function flowsQuery(municipality: string) {
  return queryOptions({
    queryKey: ['flows', municipality],
    ...FOREVER,
    queryFn: () =>
      parsed(api.flows.$get({ query: { municipality, direction: 'both' } }), (c) => c.FlowsResponse),
  });
}
