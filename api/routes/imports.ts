import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { ApiErrorBody } from '../../data/contract/api';
import { ImportKind } from '../../data/contract/imports';
import { ApiError } from '../http/api-error';
import { validationHook } from '../http/error-handling';
import { ImportList, ImportPreviewResponse, RemovedImport, SavedImport } from '../imports/import-summary';
import type { ImportService } from '../imports/import-service';
import type { ImportLimiters } from '../imports/import-limits';

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
/**
 * The uploaded file's name: only a label (the import's name is a slug of it, and it never becomes a path), but it
 * is still refused when it could mean a folder: ".", "..", separators, NUL and other control characters.
 */
const UploadFileName = z
  .string()
  .min(1)
  .max(120)
  // eslint-disable-next-line no-control-regex -- control characters are what is refused
  .regex(/^[^/\\\u0000-\u001f\u007f]+$/, 'a file name, without folders or control characters')
  .refine((name) => !/^[.\s]+$/.test(name), 'a file name, not "." or ".."')
  .refine((name) => /[\p{L}\p{N}]/u.test(name), 'a file name needs at least one letter or digit');
const KindQuery = z.object({ kind: ImportKind });
const PreviewQuery = KindQuery.extend({ name: UploadFileName.optional() });
const SaveQuery = KindQuery.extend({
  name: UploadFileName,
  replace: z.enum(['true', 'false']).optional().meta({
    description: 'true replaces an import of the same name; without it, a save of an existing name is 409',
  }),
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
export function importRoutes(service: ImportService, limiters: ImportLimiters) {
  const guard = writeGuard(service);
  const app = new OpenAPIHono({ defaultHook: validationHook });
  app.openAPIRegistry.registerComponent('securitySchemes', 'importToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'ATLAS_IMPORT_TOKEN, when the server sets one',
  });
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
    middleware: limiters.preview,
    path: '/preview',
    summary: 'Validate a CSV row by row and show what would be added and what rejected; saves nothing',
    request: { query: PreviewQuery, body: csvBody },
    responses: { 200: json(ImportPreviewResponse, 'Accepted and rejected rows'), ...fileErrors },
  });
  const save = createRoute({
    operationId: 'saveImport',
    tags,
    security,
    middleware: [limiters.save, guard],
    method: 'post',
    path: '/',
    summary: 'Keep a CSV import and rebuild the atlas with it',
    request: { query: SaveQuery, body: csvBody },
    responses: {
      201: json(SavedImport, 'Saved; the atlas now answers from the new build'),
      ...writeErrors,
      409: error('An import of that name exists (send replace=true), or rows would not reach the build'),
      422: error('No row of the file could be used; nothing was saved'),
    },
  });
  const remove = createRoute({
    operationId: 'removeImport',
    tags,
    security,
    middleware: [limiters.save, guard],
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
    .openapi(list, async (c) => c.json(await service.list(), 200))
    .openapi(preview, async (c) => {
      const { kind, name } = c.req.valid('query');
      return c.json(await service.preview(await bodyBytes(c.req.raw), kind, name), 200);
    })
    .openapi(save, async (c) => {
      const { kind, name, replace } = c.req.valid('query');
      return c.json(await service.save(await bodyBytes(c.req.raw), kind, name, replace === 'true'), 201);
    })
    .openapi(remove, async (c) => c.json(await service.remove(c.req.valid('param').name), 200));
}
