import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  IndicatorCurrent,
  IndicatorId,
  StaleWorkshopBody,
  UpdateWorkshopRequest,
  Workshop,
  WorkshopExport,
} from '../../data/contract';
import { XLSX_MEDIA_TYPE } from '../../data/xlsx/xlsx-document';
import {
  body,
  facilitatorWrite,
  json,
  jsonWriteRoute,
  noContentWriteRoute,
  readAccess,
  readErrors,
  restoreRoute,
  WorkshopParams,
  writeErrors,
  type WorkshopRouteGuards,
} from './route-spec-parts';

const IndicatorsQuery = z.object({
  ids: z
    .string()
    .max(2000)
    .transform((text) => text.split(','))
    .pipe(z.array(IndicatorId))
    .optional(),
});

const ExportCsvQuery = z.object({
  format: z.enum(['csv', 'csv-sv']).optional().meta({
    description: 'csv (default: comma, decimal point) or csv-sv (semicolon, decimal comma); both with BOM',
  }),
});

/** The workshop itself: create, read, change, delete and restore, its indicators and its exports. */
export function workshopRouteSpecs(guards: WorkshopRouteGuards) {
  const write = facilitatorWrite(guards);
  return {
    create: createRoute({
      operationId: 'createWorkshop',
      ...readAccess,
      method: 'post',
      path: '/',
      summary: 'Create a workshop; returns its read link and its edit link (shown once)',
      request: { body: body(CreateWorkshopRequest) },
      responses: {
        201: json(CreateWorkshopResponse, 'Created'),
        400: readErrors[400],
        413: writeErrors[413],
        429: writeErrors[429],
      },
    }),
    get: createRoute({
      operationId: 'getWorkshop',
      summary: 'Read a workshop with its organisations, cycles and entries',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}',
      request: { params: WorkshopParams },
      responses: {
        200: json(Workshop, 'The workshop with its organisations, cycles and entries'),
        ...readErrors,
      },
    }),
    update: jsonWriteRoute(write, {
      operationId: 'updateWorkshop',
      summary: 'Change title, locality or recommendations',
      method: 'patch',
      path: '/{workshopId}',
      params: WorkshopParams,
      body: UpdateWorkshopRequest,
      status: 200,
      response: Workshop,
      description: 'Updated',
      stale: StaleWorkshopBody,
    }),
    remove: noContentWriteRoute(write, {
      operationId: 'deleteWorkshop',
      summary: 'Delete a workshop and everything in it (restorable for 30 days)',
      method: 'delete',
      path: '/{workshopId}',
      params: WorkshopParams,
    }),
    restore: restoreRoute(write, {
      operationId: 'restoreWorkshop',
      summary: 'Undo the deletion of a workshop (within 30 days)',
      path: '/{workshopId}/restore',
      params: WorkshopParams,
    }),
    indicators: createRoute({
      operationId: 'getWorkshopIndicators',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/indicators',
      summary: "Current values of indicators for the workshop's municipalities (for links and key figures)",
      request: { params: WorkshopParams, query: IndicatorsQuery },
      responses: {
        200: json(z.array(IndicatorCurrent), 'Latest value per indicator and municipality'),
        ...readErrors,
      },
    }),
    exportJson: createRoute({
      operationId: 'exportWorkshopJson',
      summary: 'Export the workshop with all entries as JSON',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/export.json',
      request: { params: WorkshopParams },
      responses: { 200: json(WorkshopExport, 'All entries as JSON'), ...readErrors },
    }),
    exportCsv: createRoute({
      operationId: 'exportWorkshopCsv',
      summary: 'Export all entries as CSV, one row per entry',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/export.csv',
      request: { params: WorkshopParams, query: ExportCsvQuery },
      responses: {
        200: {
          description: 'All entries as CSV, one row per entry',
          content: { 'text/csv': { schema: z.string() } },
        },
        ...readErrors,
      },
    }),
    exportXlsx: createRoute({
      operationId: 'exportWorkshopXlsx',
      summary: 'Export all entries as an XLSX workbook, one row per entry (numbers as numbers)',
      ...readAccess,
      method: 'get',
      path: '/{workshopId}/export.xlsx',
      request: { params: WorkshopParams },
      responses: {
        200: {
          description: 'All entries as a workbook',
          content: { [XLSX_MEDIA_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...readErrors,
      },
    }),
  };
}
