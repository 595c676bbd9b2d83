import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  JoinWorkshopRequest,
  JoinWorkshopResponse,
  ParticipantSelf,
  RotateLinkRequest,
  RotateLinkResponse,
  WorkshopEvent,
} from '../../data/contract';
import {
  facilitatorWrite,
  json,
  jsonWriteRoute,
  memberWrite,
  readAccess,
  readErrors,
  security,
  WorkshopParams,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

export const EventsQuery = z.object({
  /** The last seq the client has; the answer holds the events after it (at most `EVENT_PAGE`). */
  after: z.coerce.number().int().nonnegative().default(0),
});

export const EventsPage = z
  .object({ events: z.array(WorkshopEvent), latestSeq: z.number().int().nonnegative() })
  .meta({ id: 'WorkshopEventsPage' });

/** Roles and the live board's polling fallback; the SSE stream itself is `GET /{workshopId}/events`. */
export function liveRouteSpecs(guards: WorkshopRouteGuards) {
  return {
    join: jsonWriteRoute(memberWrite(guards), {
      operationId: 'joinWorkshop',
      summary: "A participant's device joins (participant link); returns its voter key, shown once",
      method: 'post',
      path: '/{workshopId}/participants',
      params: WorkshopParams,
      body: JoinWorkshopRequest,
      status: 201,
      response: JoinWorkshopResponse,
      description: 'Joined',
    }),
    self: createRoute({
      operationId: 'getWorkshopParticipantSelf',
      summary: "The calling participant's dots per cycle (participant link and X-Voter-Key)",
      ...readAccess,
      security,
      middleware: guards.member,
      method: 'get',
      path: '/{workshopId}/participants/me',
      request: { params: WorkshopParams },
      responses: { 200: json(ParticipantSelf, 'Dots used'), ...readErrors, 403: writeErrors[403] },
    }),
    rotate: jsonWriteRoute(facilitatorWrite(guards), {
      operationId: 'rotateWorkshopLink',
      summary: 'Replace the facilitator or participant link; the old one stops working at once',
      method: 'post',
      path: '/{workshopId}/links/rotate',
      params: WorkshopParams,
      body: RotateLinkRequest,
      status: 200,
      response: RotateLinkResponse,
      description: 'The new link, shown once',
    }),
    events: createRoute({
      operationId: 'getWorkshopEvents',
      summary: 'Events after a seq (polling fallback of the SSE stream GET /{workshopId}/events)',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/events.json',
      request: { params: WorkshopParams, query: EventsQuery },
      responses: { 200: json(EventsPage, 'Events in seq order'), ...readErrors },
    }),
  };
}
