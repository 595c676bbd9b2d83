import { OpenAPIHono } from '@hono/zod-openapi';
import { workshopValidationHook } from './request-guards';
import type { WorkshopRouteGuards } from './route-spec-parts';
import { weightingRouteSpecs } from './weighting-route-specs';
import { WeightingService } from './weighting-service';
import type { WorkshopService } from './workshop-service';

/** Stakeholder weightings, mounted by createWorkshopRoutes (which applies its write limits and body limit). */
export function weightingRoutes(workshops: WorkshopService, guards: WorkshopRouteGuards) {
  const weightings = new WeightingService(workshops);
  const specs = weightingRouteSpecs(guards);
  return new OpenAPIHono({ defaultHook: workshopValidationHook })
    .openapi(specs.list, async (c) => c.json(await weightings.list(c.req.valid('param').workshopId), 200))
    .openapi(specs.save, async (c) => {
      const { workshopId, organisationId } = c.req.valid('param');
      const saved = await weightings.save(
        workshopId,
        organisationId,
        c.req.valid('json'),
        c.get('workshopActor'),
      );
      return c.json(saved, 200);
    })
    .openapi(specs.remove, async (c) => {
      const { workshopId, organisationId } = c.req.valid('param');
      await weightings.remove(workshopId, organisationId);
      return c.body(null, 204);
    });
}
