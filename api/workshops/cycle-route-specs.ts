import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { CycleInput, SinceLastTime, StaleCycleBody, UpdateCycleRequest, Workshop } from '../../data/contract';
import {
  CycleParams,
  facilitatorWrite,
  json,
  jsonWriteRoute,
  noContentWriteRoute,
  readAccess,
  readErrors,
  restoreRoute,
  WorkshopParams,
  type WorkshopRouteGuards,
} from './route-spec-parts';

const CycleNumberParams = WorkshopParams.extend({ number: z.coerce.number().int().positive() });

/** The learning cycles: add, change, delete and restore (facilitator), and "since last time" (anyone). */
export function cycleRouteSpecs(guards: WorkshopRouteGuards) {
  const write = facilitatorWrite(guards);
  return {
    addCycle: jsonWriteRoute(write, {
      operationId: 'addWorkshopCycle',
      summary: 'Add the next learning cycle',
      method: 'post',
      path: '/{workshopId}/cycles',
      params: WorkshopParams,
      body: CycleInput,
      status: 201,
      response: Workshop,
      description: 'Added as the next cycle',
      conflict: 'Another cycle took this number at the same moment',
    }),
    updateCycle: jsonWriteRoute(write, {
      operationId: 'updateWorkshopCycle',
      summary: "Change a cycle's date or title",
      method: 'patch',
      path: '/{workshopId}/cycles/{cycleId}',
      params: CycleParams,
      body: UpdateCycleRequest,
      status: 200,
      response: Workshop,
      description: 'Updated',
      stale: StaleCycleBody,
    }),
    removeCycle: noContentWriteRoute(write, {
      operationId: 'deleteWorkshopCycle',
      summary: 'Delete a cycle with its entries (restorable for 30 days)',
      method: 'delete',
      path: '/{workshopId}/cycles/{cycleId}',
      params: CycleParams,
    }),
    restoreCycle: restoreRoute(write, {
      operationId: 'restoreWorkshopCycle',
      summary: 'Undo the deletion of a cycle (within 30 days)',
      path: '/{workshopId}/cycles/{cycleId}/restore',
      params: CycleParams,
    }),
    sinceLastTime: createRoute({
      operationId: 'getWorkshopSinceLastTime',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/cycles/{number}/since-last-time',
      summary: "The previous cycle's actions and each linked indicator's value then and now",
      request: { params: CycleNumberParams },
      responses: { 200: json(SinceLastTime, 'Comparison with the previous cycle'), ...readErrors },
    }),
  };
}
