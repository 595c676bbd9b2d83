import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import { WorkshopEvidence } from '../../data/contract';
import type { WorkshopBuildView } from './indicator-readings';
import { linkedIndicatorIds, workshopEvidence } from './link-evidence';
import { workshopValidationHook } from './request-guards';
import { json, readErrors, WorkshopParams } from './route-spec-parts';
import type { WorkshopService } from './workshop-service';

const evidenceSpec = createRoute({
  operationId: 'getWorkshopEvidence',
  summary: 'Then and now of every indicator link: the current value or why it is unavailable, and the series',
  tags: ['workshops'],
  method: 'get',
  path: '/{workshopId}/evidence',
  request: { params: WorkshopParams },
  responses: {
    200: json(WorkshopEvidence, "Per link: the current build's latest value and the municipality's series"),
    ...readErrors,
  },
});

/** The evidence read for the cards (anyone with the id), mounted by createWorkshopRoutes. */
export function evidenceRoutes(workshops: WorkshopService, build: WorkshopBuildView) {
  return new OpenAPIHono({ defaultHook: workshopValidationHook }).openapi(evidenceSpec, async (c) => {
    const workshop = await workshops.get(c.req.valid('param').workshopId);
    await build.kolada.ensure(linkedIndicatorIds(workshop));
    return c.json(workshopEvidence(workshop, build), 200);
  });
}
