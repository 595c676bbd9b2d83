import { OpenAPIHono } from '@hono/zod-openapi';
import { reportModel } from '../../data/workshop-report/report-model';
import type { WorkshopBuildView } from './indicator-readings';
import { DOCX_MEDIA_TYPE, outcomeRouteSpecs } from './outcome-route-specs';
import { OutcomeService } from './outcome-service';
import { docxReport } from './report/docx-report';
import { reportInput } from './report/report-input';
import { workshopValidationHook } from './request-guards';
import { WeightingService } from './weighting-service';
import type { WorkshopRouteGuards } from './route-spec-parts';
import type { WorkshopService } from './workshop-service';

/**
 * The outcomes register and the DOCX report, mounted by createWorkshopRoutes (which applies the write limits and
 * body limit to these routes too).
 */
export function outcomeRoutes(
  workshops: WorkshopService,
  guards: WorkshopRouteGuards,
  build: WorkshopBuildView,
) {
  const outcomes = new OutcomeService(workshops);
  const weightings = new WeightingService(workshops);
  const specs = outcomeRouteSpecs(guards);
  return new OpenAPIHono({ defaultHook: workshopValidationHook })
    .openapi(specs.list, async (c) => c.json(await outcomes.list(c.req.valid('param').workshopId), 200))
    .openapi(specs.add, async (c) =>
      c.json(await outcomes.create(c.req.valid('param').workshopId, c.req.valid('json')), 201),
    )
    .openapi(specs.update, async (c) => {
      const { workshopId, outcomeId } = c.req.valid('param');
      return c.json(await outcomes.update(workshopId, outcomeId, c.req.valid('json')), 200);
    })
    .openapi(specs.remove, async (c) => {
      const { workshopId, outcomeId } = c.req.valid('param');
      await outcomes.remove(workshopId, outcomeId);
      return c.body(null, 204);
    })
    .openapi(specs.reportDocx, async (c) => {
      const workshopId = c.req.valid('param').workshopId;
      const { lang } = c.req.valid('query');
      const workshop = await workshops.get(workshopId);
      const input = await reportInput(
        build,
        workshop,
        await outcomes.list(workshopId),
        await weightings.list(workshopId),
        lang,
        new Date(workshops.timestamp()),
      );
      const bytes = await docxReport(reportModel(input));
      c.header('Content-Type', DOCX_MEDIA_TYPE);
      c.header('Content-Disposition', `attachment; filename="workshop-report-${workshop.id}-${lang}.docx"`);
      return c.body(new Uint8Array(bytes), 200);
    });
}
