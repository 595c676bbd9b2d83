import { createRoute } from '@hono/zod-openapi';
import {
  ActionStatus,
  CreateEntryRequest,
  Entry,
  StatusChangeRequest,
  UpdateEntryRequest,
  VoteTally,
} from '../../data/contract';
import {
  body,
  CycleParams,
  EntryParams,
  facilitatorWrite,
  json,
  jsonWriteRoute,
  memberWrite,
  noContentWriteRoute,
  stale,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

/** Entries, action statuses and dots; participants write too, the service checks "own entry". */
export function entryRouteSpecs(guards: WorkshopRouteGuards) {
  const member = memberWrite(guards);
  return {
    addEntry: jsonWriteRoute(member, {
      operationId: 'addWorkshopEntry',
      summary: 'Record an entry in a cycle',
      method: 'post',
      path: '/{workshopId}/cycles/{cycleId}/entries',
      params: CycleParams,
      body: CreateEntryRequest,
      status: 201,
      response: Entry,
      description: 'Recorded',
    }),
    updateEntry: createRoute({
      operationId: 'updateWorkshopEntry',
      summary: "Change an entry's text, organisation, theme, links or action",
      ...member,
      method: 'patch',
      path: '/{workshopId}/entries/{entryId}',
      request: { params: EntryParams, body: body(UpdateEntryRequest) },
      responses: { 200: json(Entry, 'Updated'), ...stale, ...writeErrors },
    }),
    removeEntry: noContentWriteRoute(member, {
      operationId: 'deleteWorkshopEntry',
      summary: 'Delete an entry',
      method: 'delete',
      path: '/{workshopId}/entries/{entryId}',
      params: EntryParams,
    }),
    setStatus: createRoute({
      operationId: 'setWorkshopActionStatus',
      summary: "Set an action's status",
      ...facilitatorWrite(guards),
      method: 'put',
      path: '/{workshopId}/entries/{entryId}/status',
      request: { params: EntryParams, body: body(StatusChangeRequest) },
      responses: {
        200: json(Entry, `Status set (${ActionStatus.options.join(', ')})`),
        ...stale,
        ...writeErrors,
      },
    }),
    addVote: createRoute({
      operationId: 'addWorkshopVote',
      ...member,
      method: 'post',
      path: '/{workshopId}/entries/{entryId}/votes',
      summary: 'Give one dot to an obstacle or solution',
      request: { params: EntryParams },
      responses: { 200: json(VoteTally, 'New tally'), ...writeErrors },
    }),
    removeVote: createRoute({
      operationId: 'removeWorkshopVote',
      ...member,
      method: 'delete',
      path: '/{workshopId}/entries/{entryId}/votes',
      summary: 'Take one dot back',
      request: { params: EntryParams },
      responses: { 200: json(VoteTally, 'New tally'), ...writeErrors },
    }),
  };
}
