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
import { body, json, readErrors, security, WorkshopParams, writeErrors } from './route-specs';
import type { WorkshopRouteGuards } from './route-specs';

export const EventsQuery = z.object({
  /** The last seq the client has; the answer holds the events after it (at most `EVENT_PAGE`). */
  after: z.coerce.number().int().nonnegative().default(0),
});

export const EventsPage = z
  .object({ events: z.array(WorkshopEvent), latestSeq: z.number().int().nonnegative() })
  .meta({ id: 'WorkshopEventsPage' });

/** Roles and the live board's polling fallback; the SSE stream itself is `GET /{workshopId}/events`. */
export function liveRouteSpecs(guards: WorkshopRouteGuards) {
  const tags = ['workshops'];
  return {
    join: createRoute({
      operationId: 'joinWorkshop',
      summary: "A participant's device joins (participant link); returns its voter key, shown once",
      tags,
      security,
      middleware: [guards.member, guards.idempotent],
      method: 'post',
      path: '/{workshopId}/participants',
      request: { params: WorkshopParams, body: body(JoinWorkshopRequest) },
      responses: { 201: json(JoinWorkshopResponse, 'Joined'), ...writeErrors },
    }),
    self: createRoute({
      operationId: 'getWorkshopParticipantSelf',
      summary: "The calling participant's dots per cycle (participant link and X-Voter-Key)",
      tags,
      security,
      middleware: guards.member,
      method: 'get',
      path: '/{workshopId}/participants/me',
      request: { params: WorkshopParams },
      responses: { 200: json(ParticipantSelf, 'Dots used'), ...readErrors, 403: writeErrors[403] },
    }),
    rotate: createRoute({
      operationId: 'rotateWorkshopLink',
      summary: 'Replace the facilitator or participant link; the old one stops working at once',
      tags,
      security,
      middleware: [guards.facilitator, guards.idempotent],
      method: 'post',
      path: '/{workshopId}/links/rotate',
      request: { params: WorkshopParams, body: body(RotateLinkRequest) },
      responses: { 200: json(RotateLinkResponse, 'The new link, shown once'), ...writeErrors },
    }),
    events: createRoute({
      operationId: 'getWorkshopEvents',
      summary: 'Events after a seq (polling fallback of the SSE stream GET /{workshopId}/events)',
      tags,
      method: 'get',
      path: '/{workshopId}/events.json',
      request: { params: WorkshopParams, query: EventsQuery },
      responses: { 200: json(EventsPage, 'Events in seq order'), ...readErrors },
    }),
  };
}
