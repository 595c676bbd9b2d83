import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  OrganisationInput,
  StaleOrganisationBody,
  UpdateOrganisationRequest,
  Workshop,
} from '../../data/contract';
import {
  error,
  facilitatorWrite,
  jsonWriteRoute,
  noContent,
  OrganisationParams,
  WorkshopParams,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

const ConfirmQuery = z.object({
  confirm: z.enum(['true', 'false']).optional(),
});

/** The participating organisations (facilitator link only). */
export function organisationRouteSpecs(guards: WorkshopRouteGuards) {
  const write = facilitatorWrite(guards);
  return {
    addOrganisation: jsonWriteRoute(write, {
      operationId: 'addWorkshopOrganisation',
      summary: 'Add a participating organisation',
      method: 'post',
      path: '/{workshopId}/organisations',
      params: WorkshopParams,
      body: OrganisationInput,
      status: 201,
      response: Workshop,
      description: 'Added',
    }),
    updateOrganisation: jsonWriteRoute(write, {
      operationId: 'updateWorkshopOrganisation',
      summary: 'Rename or re-classify an organisation',
      method: 'patch',
      path: '/{workshopId}/organisations/{organisationId}',
      params: OrganisationParams,
      body: UpdateOrganisationRequest,
      status: 200,
      response: Workshop,
      description: 'Updated',
      stale: StaleOrganisationBody,
    }),
    removeOrganisation: createRoute({
      operationId: 'deleteWorkshopOrganisation',
      summary:
        'Remove an organisation that owns no actions; its entries keep naming it. One that wrote entries ' +
        'is removed only with confirm=true (409 says how many entries name it)',
      ...write,
      method: 'delete',
      path: '/{workshopId}/organisations/{organisationId}',
      request: { params: OrganisationParams, query: ConfirmQuery },
      responses: {
        204: noContent,
        ...writeErrors,
        409: error('The organisation still owns actions, or wrote entries and confirm=true is missing'),
      },
    }),
  };
}
