import { createRoute } from '@hono/zod-openapi';
import {
  Cycle,
  DecisionInput,
  MeetingRecordRequest,
  UpdateDecisionRequest,
  WorkshopId,
} from '../../data/contract';
import { body, json, security, WorkshopParams, writeErrors } from './route-specs';
import type { WorkshopRouteGuards } from './route-specs';

const CycleParams = WorkshopParams.extend({ cycleId: WorkshopId });
const DecisionParams = WorkshopParams.extend({ decisionId: WorkshopId });

/** The meeting record per cycle: attendance, minutes and decisions (facilitator link only). */
export function meetingRouteSpecs(guards: WorkshopRouteGuards) {
  const write = {
    tags: ['workshops'],
    security,
    middleware: [guards.facilitator, guards.idempotent],
  };
  return {
    setRecord: createRoute({
      ...write,
      operationId: 'setWorkshopMeetingRecord',
      summary: "Set a cycle's attendance (organisation ids) and minutes (plain text)",
      method: 'put',
      path: '/{workshopId}/cycles/{cycleId}/record',
      request: { params: CycleParams, body: body(MeetingRecordRequest) },
      responses: { 200: json(Cycle, 'The cycle with its record'), ...writeErrors },
    }),
    addDecision: createRoute({
      ...write,
      operationId: 'addWorkshopDecision',
      summary: 'Record a decision (text, owner organisation, review date) in a cycle',
      method: 'post',
      path: '/{workshopId}/cycles/{cycleId}/decisions',
      request: { params: CycleParams, body: body(DecisionInput) },
      responses: { 201: json(Cycle, 'The cycle with its decisions'), ...writeErrors },
    }),
    updateDecision: createRoute({
      ...write,
      operationId: 'updateWorkshopDecision',
      summary: "Change a decision's text, owner or review date",
      method: 'patch',
      path: '/{workshopId}/decisions/{decisionId}',
      request: { params: DecisionParams, body: body(UpdateDecisionRequest) },
      responses: { 200: json(Cycle, 'The cycle with its decisions'), ...writeErrors },
    }),
    removeDecision: createRoute({
      ...write,
      operationId: 'deleteWorkshopDecision',
      summary: 'Delete a decision',
      method: 'delete',
      path: '/{workshopId}/decisions/{decisionId}',
      request: { params: DecisionParams },
      responses: { 204: { description: 'Done' }, ...writeErrors },
    }),
  };
}
