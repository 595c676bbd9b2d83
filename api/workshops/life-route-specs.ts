import { createRoute } from '@hono/zod-openapi';
import { CreateWorkshopResponse, EraseWorkshopRequest, WorkshopExport } from '../../data/contract';
import {
  body,
  facilitatorWrite,
  json,
  noContent,
  readAccess,
  readErrors,
  WorkshopParams,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

/** Import into this atlas must take a whole workshop: far more than the 64 KB of an everyday write. */
export const IMPORT_BODY_LIMIT_BYTES = 8 * 1024 * 1024;

/** A workshop's whole life: import of an exported file, and permanent removal (the export is a workshop read). */
export function lifeRouteSpecs(guards: WorkshopRouteGuards) {
  return {
    importWorkshop: createRoute({
      operationId: 'importWorkshop',
      summary:
        'Import an exported workshop (GET /{workshopId}/export.json of any atlas) under new ids and new links; ' +
        'the frozen figures of its indicator links stay as they were',
      ...readAccess,
      method: 'post',
      path: '/import',
      request: { body: body(WorkshopExport) },
      responses: {
        201: json(CreateWorkshopResponse, 'Imported: the new workshop and its links (shown once)'),
        400: readErrors[400],
        413: writeErrors[413],
        429: writeErrors[429],
      },
    }),
    erase: createRoute({
      operationId: 'eraseWorkshop',
      summary:
        'Remove a workshop for good, every row of it (also one deleted less than 30 days ago): the facilitator ' +
        'secret goes in the Authorization header and, typed again, in the body',
      ...facilitatorWrite(guards),
      method: 'post',
      path: '/{workshopId}/erase',
      request: { params: WorkshopParams, body: body(EraseWorkshopRequest) },
      responses: { 204: noContent, ...writeErrors },
    }),
  };
}
