import { queryOptions } from '@tanstack/react-query';
import { StandsOutResponse, type ComparisonGroup } from '../../data/contract/stands-out';
import { api } from './api-client';
import { STATIC } from './cache-policy';
import { parsed } from './parse-response';

/** What stands out for a municipality against its comparison group (peers by default). */
export function standsOutQuery(code: string, group: ComparisonGroup) {
  return queryOptions({
    queryKey: ['stands-out', code, group],
    ...STATIC,
    queryFn: () =>
      parsed(
        api.municipalities[':code']['stands-out'].$get({ param: { code }, query: { group } }),
        StandsOutResponse,
      ),
  });
}
