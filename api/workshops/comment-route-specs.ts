import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CreateCommentRequest, WorkshopComment, WorkshopId } from '../../data/contract';
import {
  EntryParams,
  json,
  jsonWriteRoute,
  memberWrite,
  noContentWriteRoute,
  readAccess,
  readErrors,
  WorkshopParams,
  type WorkshopRouteGuards,
} from './route-spec-parts';

const CommentParams = WorkshopParams.extend({ commentId: WorkshopId });

/** Comments on entries: read by anyone with the id, written with either link. */
export function commentRouteSpecs(guards: WorkshopRouteGuards) {
  const member = memberWrite(guards);
  return {
    listComments: createRoute({
      operationId: 'listWorkshopComments',
      summary: "The comments on the workshop's entries, oldest first",
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/comments',
      request: { params: WorkshopParams },
      responses: { 200: json(z.array(WorkshopComment), 'Comments, oldest first'), ...readErrors },
    }),
    addComment: jsonWriteRoute(member, {
      operationId: 'addWorkshopComment',
      summary: 'Comment on an entry (participant or facilitator link)',
      method: 'post',
      path: '/{workshopId}/entries/{entryId}/comments',
      params: EntryParams,
      body: CreateCommentRequest,
      status: 201,
      response: WorkshopComment,
      description: 'Added',
    }),
    removeComment: noContentWriteRoute(member, {
      operationId: 'deleteWorkshopComment',
      summary: 'Delete a comment: a participant its own, the facilitator any',
      method: 'delete',
      path: '/{workshopId}/comments/{commentId}',
      params: CommentParams,
    }),
  };
}
