import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { WorkshopComment } from '../../data/contract';
import { api, readJson } from './api-client';
import { workshopKey } from './workshop-queries';

const workshops = api.workshops;

/** Under the workshop's key: every live refresh of the workshop (comment_added, comment_removed) refreshes it. */
export const commentsKey = (id: string) => [...workshopKey(id), 'comments'] as const;

export const commentsQuery = (id: string) =>
  queryOptions({
    queryKey: commentsKey(id),
    queryFn: async () =>
      z
        .array(WorkshopComment)
        .parse(await readJson(await workshops[':workshopId'].comments.$get({ param: { workshopId: id } }))),
  });

/** The facilitator's comment writes (a participant's go through the phone's outbox instead). */
export function useCommentWrites(id: string, editToken: string) {
  const client = useQueryClient();
  const auth = { headers: { authorization: `Bearer ${editToken}` } };
  const onSettled = () => client.invalidateQueries({ queryKey: commentsKey(id) });
  return {
    add: useMutation({
      mutationFn: async ({ entryId, text }: { entryId: string; text: string }) =>
        WorkshopComment.parse(
          await readJson(
            await workshops[':workshopId'].entries[':entryId'].comments.$post(
              { param: { workshopId: id, entryId }, json: { text } },
              auth,
            ),
          ),
        ),
      onSettled,
    }),
    remove: useMutation({
      mutationFn: async (commentId: string) => {
        const response = await workshops[':workshopId'].comments[':commentId'].$delete(
          { param: { workshopId: id, commentId } },
          auth,
        );
        if (!response.ok) await readJson(response);
      },
      onSettled,
    }),
  };
}
