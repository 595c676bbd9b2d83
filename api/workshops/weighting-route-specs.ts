import { createRoute } from '@hono/zod-openapi';
import {
  SaveWeightingRequest,
  StaleWeightingBody,
  WorkshopWeighting,
  WorkshopWeightings,
} from '../../data/contract';
import {
  body,
  facilitatorWrite,
  json,
  memberWrite,
  noContent,
  OrganisationParams,
  readErrors,
  WorkshopParams,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

/**
 * Stakeholder weightings (read: anyone with the id; save: the facilitator or a participant whose device joined
 * for that organisation; delete: the facilitator).
 */
export function weightingRouteSpecs(guards: WorkshopRouteGuards) {
  const tags = ['workshops'];
  return {
    list: createRoute({
      operationId: 'listWorkshopWeightings',
      summary: "Each organisation's saved weighting of the attractiveness index with the ranks it produced",
      tags,
      method: 'get',
      path: '/{workshopId}/weightings',
      request: { params: WorkshopParams },
      responses: {
        200: json(WorkshopWeightings, 'Saved weightings and the build the atlas serves now'),
        ...readErrors,
      },
    }),
    save: createRoute({
      ...memberWrite(guards),
      operationId: 'saveWorkshopWeighting',
      summary:
        "Save an organisation's WeightSet: the server computes the index from its build and freezes the ranks",
      description:
        'Send the version last read when the organisation already has a weighting (409 with the current one ' +
        'otherwise). A participant may save only for the organisation its device joined for (403).',
      method: 'put',
      path: '/{workshopId}/weightings/{organisationId}',
      request: { params: OrganisationParams, body: body(SaveWeightingRequest) },
      responses: {
        200: json(WorkshopWeighting, 'Saved'),
        ...writeErrors,
        409: {
          description: 'The version sent is not the current one: the body holds the weighting as it is now',
          content: { 'application/json': { schema: StaleWeightingBody } },
        },
      },
    }),
    remove: createRoute({
      ...facilitatorWrite(guards),
      operationId: 'deleteWorkshopWeighting',
      summary: "Delete an organisation's saved weighting",
      method: 'delete',
      path: '/{workshopId}/weightings/{organisationId}',
      request: { params: OrganisationParams },
      responses: { 204: noContent, ...writeErrors },
    }),
  };
}
