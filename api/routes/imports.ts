import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ApiErrorBody } from '../../data/contract/api';
import { ImportKind } from '../../data/contract/imports';
import { ApiError } from '../http/api-error';
import { validationHook } from '../http/error-handling';
import { ImportList, ImportPreviewResponse, RemovedImport, SavedImport } from '../imports/import-summary';
import type { ImportService } from '../imports/import-service';
import { type RateLimitOptions, writeRateLimit } from '../workshops/rate-limit';

/** Each save or removal reruns the ingest (seconds of CPU): a small burst, then one every 10 s. */
export const IMPORT_WRITE_LIMIT: RateLimitOptions = { capacity: 10, refillPerSecond: 0.1 };

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const csvBody = {
  required: true,
  description: 'The CSV file itself (UTF-8 or Windows-1252, comma or semicolon)',
  content: {
    'text/csv': { schema: z.string().openapi({ format: 'binary' }) },
    'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) },
  },
};
const fileErrors = {
  400: error('Empty or unreadable file, or a bad parameter'),
  413: error('File larger than the request body limit'),
  429: error('Too many writes from this client'),
};
const writeErrors = {
  ...fileErrors,
  401: error('ATLAS_IMPORT_TOKEN is set and the Bearer token is missing or wrong'),
  403: error('Imports are turned off on this server (ATLAS_IMPORTS=off)'),
};
const security: { importToken: string[] }[] = [{ importToken: [] }];
const tags = ['imports'];
const KindQuery = z.object({ kind: ImportKind });
const SaveQuery = KindQuery.extend({
  name: z
    .string()
    .min(1)
    .max(120)
    .regex(/^[^/\\\0]+$/, 'a file name, without folders'),
});

/** Writes are refused with a message saying why: turned off, or no (right) token. */
function writeGuard(service: ImportService): MiddlewareHandler {
  return async (c, next) => {
    const reason = service.readOnlyReason();
    if (reason) throw new ApiError(403, 'imports_disabled', reason);
    const token = service.token();
    if (token !== null && c.req.header('authorization') !== `Bearer ${token}`)
      throw new ApiError(
        401,
        'unauthorised',
        'saving imports needs the import token (Authorization: Bearer …)',
      );
    await next();
  };
}

async function bodyBytes(request: Request): Promise<Uint8Array> {
  return new Uint8Array(await request.arrayBuffer());
}

/** Users' CSV imports from the dashboard: preview, save (rebuilds the atlas), list, remove. */
export function importRoutes(service: ImportService, rateLimit: RateLimitOptions = IMPORT_WRITE_LIMIT) {
  const guard = writeGuard(service);
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openAPIRegistry.registerComponent('securitySchemes', 'importToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'ATLAS_IMPORT_TOKEN, when the server sets one',
  });
  app.use('*', writeRateLimit(rateLimit));
  const list = createRoute({
    operationId: 'listImports',
    tags,
    method: 'get',
    path: '/',
    summary: "List users' imports with their provenance, and whether this server accepts new ones",
    responses: { 200: json(ImportList, 'The stored imports'), 413: fileErrors[413] },
  });
  const preview = createRoute({
    operationId: 'previewImport',
    tags,
    method: 'post',
    path: '/preview',
    summary: 'Validate a CSV row by row and show what would be added and what rejected; saves nothing',
    request: { query: KindQuery, body: csvBody },
    responses: { 200: json(ImportPreviewResponse, 'Accepted and rejected rows'), ...fileErrors },
  });
  const save = createRoute({
    operationId: 'saveImport',
    tags,
    security,
    middleware: guard,
    method: 'post',
    path: '/',
    summary: 'Keep a CSV import and rebuild the atlas with it',
    request: { query: SaveQuery, body: csvBody },
    responses: {
      201: json(SavedImport, 'Saved; the atlas now answers from the new build'),
      ...writeErrors,
      422: error('No row of the file could be used; nothing was saved'),
    },
  });
  const remove = createRoute({
    operationId: 'removeImport',
    tags,
    security,
    middleware: guard,
    method: 'delete',
    path: '/{name}',
    summary: 'Remove an import and rebuild the atlas without it',
    request: { params: z.object({ name: z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/) }) },
    responses: {
      200: json(RemovedImport, 'Removed; the atlas now answers from the new build'),
      ...writeErrors,
      404: error('No import of that name'),
    },
  });
  return app
    .openapi(list, (c) => c.json(service.list(), 200))
    .openapi(preview, async (c) =>
      c.json(service.preview(await bodyBytes(c.req.raw), c.req.valid('query').kind), 200),
    )
    .openapi(save, async (c) => {
      const { kind, name } = c.req.valid('query');
      return c.json(await service.save(await bodyBytes(c.req.raw), kind, name), 201);
    })
    .openapi(remove, async (c) => c.json(await service.remove(c.req.valid('param').name), 200));
}
