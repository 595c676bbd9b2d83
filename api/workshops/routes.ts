import { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { WorkshopEventBus } from '../live/event-bus';
import { WorkshopEventPublisher } from '../live/event-publisher';
import { EVENT_PAGE, resumeSeq, workshopEventStream } from '../live/event-stream';
import type { WorkshopStore } from '../storage/workshop-store';
import { workshopGuards } from './access';
import { EntryService } from './entry-service';
import { XLSX_MEDIA_TYPE, xlsxDocument } from '../../data/xlsx/xlsx-document';
import { CSV_COLUMNS, workshopRows, workshopToCsv } from './export-csv';
import { idempotentWrites } from './idempotency';
import { withIfMatch } from './if-match';
import { liveRouteSpecs } from './live-route-specs';
import { meetingRouteSpecs } from './meeting-route-specs';
import { outcomeRoutes } from './outcome-routes';
import { evidenceRoutes } from './evidence-routes';
import { linkedIndicatorIds } from './link-evidence';
import { weightingRoutes } from './weighting-routes';
import { MeetingService } from './meeting-service';
import { ParticipantService } from './participant-service';
import { currentIndicator, type WorkshopBuildView } from './indicator-readings';
import { DEFAULT_WRITE_LIMIT, type RateLimitOptions, writeRateLimit } from './rate-limit';
import { DEFAULT_BODY_LIMIT_BYTES, limitBody, workshopValidationHook } from './request-guards';
import { workshopRouteSpecs } from './workshop-route-specs';
import { organisationRouteSpecs } from './organisation-route-specs';
import { cycleRouteSpecs } from './cycle-route-specs';
import { entryRouteSpecs } from './entry-route-specs';
import { commentRouteSpecs } from './comment-route-specs';
import { CommentService } from './comment-service';
import { IMPORT_BODY_LIMIT_BYTES, lifeRouteSpecs } from './life-route-specs';
import { WorkshopLifeService } from './life-service';
import { sinceLastTime } from './since-last-time';
import { unknownWorkshop } from './workshop-errors';
import { WorkshopService } from './workshop-service';

export interface WorkshopRoutesOptions {
  store: WorkshopStore;
  /** Wakes the live board's connections; one per process unless a shared bus is given. */
  events: WorkshopEventBus;
  build: WorkshopBuildView;
  rateLimit?: RateLimitOptions;
  /** A limiter made once by the app, so its buckets survive the routes being made again after a rebuild. */
  writeLimiter?: MiddlewareHandler;
  bodyLimitBytes?: number;
  now?: () => Date;
}

/** Mount with `app.route('/api/workshops', createWorkshopRoutes(...))`. */
export function createWorkshopRoutes(options: WorkshopRoutesOptions) {
  const now = options.now ?? (() => new Date());
  const publisher = new WorkshopEventPublisher(options.store, options.events, now);
  const workshops = new WorkshopService({ ...options, events: publisher });
  const entries = new EntryService(workshops);
  const participants = new ParticipantService(workshops);
  const guards = { ...workshopGuards(options.store), idempotent: idempotentWrites(options.store, now) };
  const specs = {
    ...workshopRouteSpecs(guards),
    ...organisationRouteSpecs(guards),
    ...cycleRouteSpecs(guards),
    ...entryRouteSpecs(guards),
    ...commentRouteSpecs(guards),
    ...lifeRouteSpecs(guards),
  };
  const comments = new CommentService(workshops);
  const life = new WorkshopLifeService(workshops);
  const live = liveRouteSpecs(guards);
  const meeting = meetingRouteSpecs(guards);
  const meetings = new MeetingService(workshops);
  const app = new OpenAPIHono({ defaultHook: workshopValidationHook });
  app.openAPIRegistry.registerComponent('securitySchemes', 'editToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The token from the edit link (`#edit=...`), sent only in this header',
  });
  app.use('*', options.writeLimiter ?? writeRateLimit(options.rateLimit ?? DEFAULT_WRITE_LIMIT));
  const everydayLimit = limitBody(options.bodyLimitBytes ?? DEFAULT_BODY_LIMIT_BYTES);
  const importLimit = limitBody(IMPORT_BODY_LIMIT_BYTES);
  app.use('*', (c, next) =>
    (c.req.method === 'POST' && c.req.path.endsWith('/workshops/import') ? importLimit : everydayLimit)(
      c,
      next,
    ),
  );

  // The live board: SSE with catch-up from Last-Event-ID (documented in docs/workshops.md; not JSON).
  app.get('/:workshopId/events', async (c) => {
    const workshopId = c.req.param('workshopId');
    await workshops.get(workshopId);
    return workshopEventStream(c, workshopId, resumeSeq(c), { store: options.store, bus: options.events });
  });

  return app
    .route('/', outcomeRoutes(workshops, guards, options.build))
    .route('/', evidenceRoutes(workshops, options.build))
    .route('/', weightingRoutes(workshops, guards))
    .openapi(meeting.setRecord, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      const record = withIfMatch(c.req.valid('json'), c.req.header('if-match'));
      return c.json(await meetings.setRecord(workshopId, cycleId, record), 200);
    })
    .openapi(meeting.addDecision, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      return c.json(await meetings.addDecision(workshopId, cycleId, c.req.valid('json')), 201);
    })
    .openapi(meeting.updateDecision, async (c) => {
      const { workshopId, decisionId } = c.req.valid('param');
      const patch = withIfMatch(c.req.valid('json'), c.req.header('if-match'));
      return c.json(await meetings.updateDecision(workshopId, decisionId, patch), 200);
    })
    .openapi(meeting.removeDecision, async (c) => {
      const { workshopId, decisionId } = c.req.valid('param');
      await meetings.removeDecision(workshopId, decisionId);
      return c.body(null, 204);
    })
    .openapi(live.join, async (c) =>
      c.json(await participants.join(c.req.valid('param').workshopId, c.req.valid('json')), 201),
    )
    .openapi(live.self, async (c) =>
      c.json(await participants.self(c.req.valid('param').workshopId, c.get('workshopActor')), 200),
    )
    .openapi(live.rotate, async (c) =>
      c.json(await participants.rotate(c.req.valid('param').workshopId, c.req.valid('json').role), 200),
    )
    .openapi(live.events, async (c) => {
      const workshopId = c.req.valid('param').workshopId;
      const latestSeq = await options.store.latestEventSeq(workshopId);
      if (latestSeq === null) throw unknownWorkshop();
      const events = await options.store.readEventsAfter(workshopId, c.req.valid('query').after, EVENT_PAGE);
      c.header('Cache-Control', 'no-store');
      return c.json({ events, latestSeq }, 200);
    })
    .openapi(specs.listComments, async (c) =>
      c.json(await comments.list(c.req.valid('param').workshopId), 200),
    )
    .openapi(specs.addComment, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      return c.json(
        await comments.add(workshopId, entryId, c.req.valid('json'), c.get('workshopActor')),
        201,
      );
    })
    .openapi(specs.removeComment, async (c) => {
      const { workshopId, commentId } = c.req.valid('param');
      await comments.remove(workshopId, commentId, c.get('workshopActor'));
      return c.body(null, 204);
    })
    .openapi(specs.importWorkshop, async (c) => c.json(await life.import(c.req.valid('json')), 201))
    .openapi(specs.erase, async (c) => {
      await life.erase(c.req.valid('param').workshopId, c.req.valid('json').confirm);
      return c.body(null, 204);
    })
    .openapi(specs.create, async (c) => c.json(await workshops.create(c.req.valid('json')), 201))
    .openapi(specs.get, async (c) => c.json(await workshops.get(c.req.valid('param').workshopId), 200))
    .openapi(specs.update, async (c) => {
      const patch = withIfMatch(c.req.valid('json'), c.req.header('if-match'));
      return c.json(await workshops.update(c.req.valid('param').workshopId, patch), 200);
    })
    .openapi(specs.remove, async (c) => {
      await workshops.remove(c.req.valid('param').workshopId);
      return c.body(null, 204);
    })
    .openapi(specs.restore, async (c) =>
      c.json(await workshops.restore(c.req.valid('param').workshopId), 200),
    )
    .openapi(specs.addOrganisation, async (c) =>
      c.json(await workshops.addOrganisation(c.req.valid('param').workshopId, c.req.valid('json')), 201),
    )
    .openapi(specs.updateOrganisation, async (c) => {
      const { workshopId, organisationId } = c.req.valid('param');
      const patch = withIfMatch(c.req.valid('json'), c.req.header('if-match'));
      return c.json(await workshops.updateOrganisation(workshopId, organisationId, patch), 200);
    })
    .openapi(specs.removeOrganisation, async (c) => {
      const { workshopId, organisationId } = c.req.valid('param');
      await workshops.removeOrganisation(workshopId, organisationId, c.req.valid('query').confirm === 'true');
      return c.body(null, 204);
    })
    .openapi(specs.addCycle, async (c) =>
      c.json(await workshops.addCycle(c.req.valid('param').workshopId, c.req.valid('json')), 201),
    )
    .openapi(specs.updateCycle, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      const patch = withIfMatch(c.req.valid('json'), c.req.header('if-match'));
      return c.json(await workshops.updateCycle(workshopId, cycleId, patch), 200);
    })
    .openapi(specs.removeCycle, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      await workshops.removeCycle(workshopId, cycleId);
      return c.body(null, 204);
    })
    .openapi(specs.restoreCycle, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      return c.json(await workshops.restoreCycle(workshopId, cycleId), 200);
    })
    .openapi(specs.sinceLastTime, async (c) => {
      const { workshopId, number } = c.req.valid('param');
      const workshop = await workshops.get(workshopId);
      await options.build.kolada.ensure(linkedIndicatorIds(workshop));
      return c.json(sinceLastTime(workshop, number, options.build), 200);
    })
    .openapi(specs.addEntry, async (c) => {
      const { workshopId, cycleId } = c.req.valid('param');
      return c.json(
        await entries.create(workshopId, cycleId, c.req.valid('json'), c.get('workshopActor')),
        201,
      );
    })
    .openapi(specs.updateEntry, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      return c.json(
        await entries.update(workshopId, entryId, c.req.valid('json'), c.get('workshopActor')),
        200,
      );
    })
    .openapi(specs.removeEntry, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      await entries.remove(workshopId, entryId, c.get('workshopActor'));
      return c.body(null, 204);
    })
    .openapi(specs.setStatus, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      const { status, version } = c.req.valid('json');
      return c.json(await entries.setStatus(workshopId, entryId, status, version), 200);
    })
    .openapi(specs.addVote, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      return c.json(await entries.vote(workshopId, entryId, 'add', c.get('workshopActor')), 200);
    })
    .openapi(specs.removeVote, async (c) => {
      const { workshopId, entryId } = c.req.valid('param');
      return c.json(await entries.vote(workshopId, entryId, 'remove', c.get('workshopActor')), 200);
    })
    .openapi(specs.indicators, async (c) => {
      const workshop = await workshops.get(c.req.valid('param').workshopId);
      const ids = c.req.valid('query').ids ?? options.build.indicators.map((indicator) => indicator.id);
      await options.build.kolada.ensure(ids);
      const values = ids.flatMap((id) =>
        workshop.municipalities.flatMap((code) => currentIndicator(options.build, id, code) ?? []),
      );
      return c.json(values, 200);
    })
    .openapi(specs.exportJson, async (c) => {
      const file = await life.export(c.req.valid('param').workshopId);
      c.header('Content-Disposition', `attachment; filename="workshop-${file.workshop.id}.json"`);
      return c.json(file, 200);
    })
    .openapi(specs.exportCsv, async (c) => {
      const workshop = await workshops.get(c.req.valid('param').workshopId);
      const format = c.req.valid('query').format ?? 'csv';
      const suffix = format === 'csv-sv' ? '-sv' : '';
      c.header('Content-Type', 'text/csv; charset=utf-8');
      c.header('Content-Disposition', `attachment; filename="workshop-${workshop.id}${suffix}.csv"`);
      return c.body(workshopToCsv(workshop, format), 200);
    })
    .openapi(specs.exportXlsx, async (c) => {
      const workshop = await workshops.get(c.req.valid('param').workshopId);
      const bytes = await xlsxDocument('workshop', CSV_COLUMNS, workshopRows(workshop));
      c.header('Content-Type', XLSX_MEDIA_TYPE);
      c.header('Content-Disposition', `attachment; filename="workshop-${workshop.id}.xlsx"`);
      return c.body(bytes, 200);
    });
}

export type WorkshopRoutes = ReturnType<typeof createWorkshopRoutes>;
