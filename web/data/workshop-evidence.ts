import { queryOptions, useQuery } from '@tanstack/react-query';
import { WorkshopEvidence } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

/**
 * Then/now and the series of every indicator link in a workshop. Under the workshop's key, so the live board's
 * invalidation of the workshop refreshes it too.
 */
export const workshopEvidenceQuery = (id: string) =>
  queryOptions({
    queryKey: [...workshopKey(id), 'evidence'],
    queryFn: async () =>
      WorkshopEvidence.parse(
        await readJson(await api.workshops[':workshopId'].evidence.$get({ param: { workshopId: id } })),
      ),
  });

export function useWorkshopEvidence(id: string) {
  return useQuery(workshopEvidenceQuery(id));
}
