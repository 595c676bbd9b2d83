import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { WorkshopWeighting, WorkshopWeightings, type WeightSet } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/** Under the workshop's key, so the live board's invalidation of the workshop refreshes the weightings too. */
export const weightingsQuery = (id: string) =>
  queryOptions({
    queryKey: [...workshopKey(id), 'weightings'] as const,
    queryFn: async () =>
      WorkshopWeightings.parse(
        await readJson(await workshops[':workshopId'].weightings.$get({ param: { workshopId: id } })),
      ),
  });

export interface SaveWeighting {
  workshopId: string;
  organisationId: string;
  weightSet: WeightSet;
  /** The version last read; none when the organisation has no weighting yet. */
  version?: number;
  /** The edit or participant link's secret; a participant also sends its device's voter key. */
  token: string;
  voterKey?: string;
}

/** Saves one organisation's weighting (the server computes and freezes the ranks). */
export function useSaveWeighting() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: async (save: SaveWeighting) =>
      WorkshopWeighting.parse(
        await readJson(
          await workshops[':workshopId'].weightings[':organisationId'].$put(
            {
              param: { workshopId: save.workshopId, organisationId: save.organisationId },
              json: { weightSet: save.weightSet, ...(save.version ? { version: save.version } : {}) },
            },
            {
              headers: {
                authorization: `Bearer ${save.token}`,
                ...(save.voterKey ? { 'x-voter-key': save.voterKey } : {}),
              },
            },
          ),
        ),
      ),
    onSettled: (_data, _error, save) =>
      client.invalidateQueries({ queryKey: weightingsQuery(save.workshopId).queryKey }),
  });
}
