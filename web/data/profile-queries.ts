import { queryOptions } from '@tanstack/react-query';
import { ProfileResponse } from '../../data/contract/api';
import { api } from './api-client';
import { STATIC } from './cache-policy';
import { parsed } from './parse-response';

/** A municipality's profile; `similarBy` (indicator ids) chooses what its peers are similar in, [] the default. */
export function profileQuery(code: string, similarBy: readonly string[] = []) {
  return queryOptions({
    queryKey: ['profile', code, similarBy.join(',')],
    ...STATIC,
    queryFn: () => {
      const query = similarBy.length > 0 ? { similarBy: similarBy.join(',') } : {};
      return parsed(api.municipalities[':code'].$get({ param: { code }, query }), ProfileResponse);
    },
  });
}
