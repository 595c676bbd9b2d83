import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { Outcome, type CreateOutcomeRequest, type UpdateOutcomeRequest } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/** Under the workshop's key, so the live board's invalidation of the workshop refreshes the register too. */
export const outcomesQuery = (id: string) =>
  queryOptions({
    queryKey: [...workshopKey(id), 'outcomes'] as const,
    queryFn: async () =>
      z
        .array(Outcome)
        .parse(await readJson(await workshops[':workshopId'].outcomes.$get({ param: { workshopId: id } }))),
  });

export const reportDocxUrl = (id: string, lang: 'sv' | 'en') =>
  `/api/workshops/${id}/report.docx?lang=${lang}`;

/** Facilitator writes of the outcomes register. */
export function useOutcomeWrites(id: string, editToken: string) {
  const client = useQueryClient();
  const auth = { headers: { authorization: `Bearer ${editToken}` } };
  const onSettled = () => client.invalidateQueries({ queryKey: outcomesQuery(id).queryKey });
  return {
    add: useMutation({
      mutationFn: async (outcome: CreateOutcomeRequest) =>
        Outcome.parse(
          await readJson(
            await workshops[':workshopId'].outcomes.$post({ param: { workshopId: id }, json: outcome }, auth),
          ),
        ),
      onSettled,
    }),
    update: useMutation({
      mutationFn: async ({ outcomeId, patch }: { outcomeId: string; patch: UpdateOutcomeRequest }) =>
        Outcome.parse(
          await readJson(
            await workshops[':workshopId'].outcomes[':outcomeId'].$patch(
              { param: { workshopId: id, outcomeId }, json: patch },
              auth,
            ),
          ),
        ),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: async (outcomeId: string) => {
        const response = await workshops[':workshopId'].outcomes[':outcomeId'].$delete(
          { param: { workshopId: id, outcomeId } },
          auth,
        );
        if (!response.ok) await readJson(response);
      },
      onSettled,
    }),
  };
}
