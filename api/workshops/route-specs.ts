import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import {
  ActionStatus,
  CreateEntryRequest,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  CycleInput,
  Entry,
  IndicatorCurrent,
  IndicatorId,
  OrganisationInput,
  SinceLastTime,
  StaleCycleBody,
  StaleEntryBody,
  StaleOrganisationBody,
  StaleWorkshopBody,
  StatusChangeRequest,
  UpdateCycleRequest,
  UpdateEntryRequest,
  UpdateOrganisationRequest,
  UpdateWorkshopRequest,
  VoteTally,
  Workshop,
  WorkshopExport,
  WorkshopId,
} from '../../data/contract';
import { ApiErrorBody } from '../../data/contract/api';
import { XLSX_MEDIA_TYPE } from '../../data/xlsx/xlsx-document';

const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
const readErrors = {
  400: error('A parameter is invalid (the error names it)'),
  404: error('Unknown id'),
} as const;
const writeErrors = {
  ...readErrors,
  403: error('Missing or wrong link secret, or a participant doing what only the facilitator may'),
  409: error('Conflict (e.g. no dots left in this cycle)'),
  413: error('Request body too large'),
  429: error('Too many writes from this client'),
} as const;
const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
const stale = {
  409: {
    description: 'The version sent is not the current one: the body holds the entry as it is now',
    content: { 'application/json': { schema: StaleEntryBody } },
  },
} as const;
/** 409 with the row as it is now, for a PATCH sent with an old version (body `version` or If-Match). */
const staleRow = <S extends z.ZodType>(schema: S, what: string) => ({
  409: json(schema, `The version sent is not the current one: the body holds the ${what} as it is now`),
});
const security: { editToken: string[] }[] = [{ editToken: [] }];
const noContent = { description: 'Done' };

const WorkshopParams = z.object({ workshopId: WorkshopId });
const OrganisationParams = WorkshopParams.extend({ organisationId: WorkshopId });
const CycleParams = WorkshopParams.extend({ cycleId: WorkshopId });
const EntryParams = WorkshopParams.extend({ entryId: WorkshopId });
const CycleNumberParams = WorkshopParams.extend({ number: z.coerce.number().int().positive() });
const ConfirmQuery = z.object({
  confirm: z.enum(['true', 'false']).optional(),
});
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

export interface WorkshopRouteGuards {
  facilitator: MiddlewareHandler;
  member: MiddlewareHandler;
  idempotent: MiddlewareHandler;
}

/** The workshop API as data: paths, bodies and responses, so the OpenAPI document and the client agree. */
export function workshopRouteSpecs(guards: WorkshopRouteGuards) {
  const write = {
    security,
    middleware: [guards.facilitator, guards.idempotent],
    tags: ['workshops'],
  };
  /** Writes a participant may make too (entries, votes); the service checks "own entry" where it matters. */
  const memberWrite = { ...write, middleware: [guards.member, guards.idempotent] };
  const read = { tags: ['workshops'] };
  return {
    create: createRoute({
      operationId: 'createWorkshop',
      ...read,
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
      ...read,
      method: 'get',
      path: '/{workshopId}',
      request: { params: WorkshopParams },
      responses: {
        200: json(Workshop, 'The workshop with its organisations, cycles and entries'),
        ...readErrors,
      },
    }),
    update: createRoute({
      operationId: 'updateWorkshop',
      summary: 'Change title, locality or recommendations',
      ...write,
      method: 'patch',
      path: '/{workshopId}',
      request: { params: WorkshopParams, body: body(UpdateWorkshopRequest) },
      responses: {
        200: json(Workshop, 'Updated'),
        ...writeErrors,
        ...staleRow(StaleWorkshopBody, 'workshop'),
      },
    }),
    remove: createRoute({
      operationId: 'deleteWorkshop',
      summary: 'Delete a workshop and everything in it (restorable for 30 days)',
      ...write,
      method: 'delete',
      path: '/{workshopId}',
      request: { params: WorkshopParams },
      responses: { 204: noContent, ...writeErrors },
    }),
    restore: createRoute({
      operationId: 'restoreWorkshop',
      summary: 'Undo the deletion of a workshop (within 30 days)',
      ...write,
      method: 'post',
      path: '/{workshopId}/restore',
      request: { params: WorkshopParams },
      responses: { 200: json(Workshop, 'Restored'), ...writeErrors },
    }),
    addOrganisation: createRoute({
      operationId: 'addWorkshopOrganisation',
      summary: 'Add a participating organisation',
      ...write,
      method: 'post',
      path: '/{workshopId}/organisations',
      request: { params: WorkshopParams, body: body(OrganisationInput) },
      responses: { 201: json(Workshop, 'Added'), ...writeErrors },
    }),
    updateOrganisation: createRoute({
      operationId: 'updateWorkshopOrganisation',
      summary: 'Rename or re-classify an organisation',
      ...write,
      method: 'patch',
      path: '/{workshopId}/organisations/{organisationId}',
      request: { params: OrganisationParams, body: body(UpdateOrganisationRequest) },
      responses: {
        200: json(Workshop, 'Updated'),
        ...writeErrors,
        ...staleRow(StaleOrganisationBody, 'organisation'),
      },
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
    addCycle: createRoute({
      operationId: 'addWorkshopCycle',
      summary: 'Add the next learning cycle',
      ...write,
      method: 'post',
      path: '/{workshopId}/cycles',
      request: { params: WorkshopParams, body: body(CycleInput) },
      responses: {
        201: json(Workshop, 'Added as the next cycle'),
        ...writeErrors,
        409: error('Another cycle took this number at the same moment'),
      },
    }),
    updateCycle: createRoute({
      operationId: 'updateWorkshopCycle',
      summary: "Change a cycle's date or title",
      ...write,
      method: 'patch',
      path: '/{workshopId}/cycles/{cycleId}',
      request: { params: CycleParams, body: body(UpdateCycleRequest) },
      responses: { 200: json(Workshop, 'Updated'), ...writeErrors, ...staleRow(StaleCycleBody, 'cycle') },
    }),
    removeCycle: createRoute({
      operationId: 'deleteWorkshopCycle',
      summary: 'Delete a cycle with its entries (restorable for 30 days)',
      ...write,
      method: 'delete',
      path: '/{workshopId}/cycles/{cycleId}',
      request: { params: CycleParams },
      responses: { 204: noContent, ...writeErrors },
    }),
    restoreCycle: createRoute({
      operationId: 'restoreWorkshopCycle',
      summary: 'Undo the deletion of a cycle (within 30 days)',
      ...write,
      method: 'post',
      path: '/{workshopId}/cycles/{cycleId}/restore',
      request: { params: CycleParams },
      responses: { 200: json(Workshop, 'Restored'), ...writeErrors },
    }),
    sinceLastTime: createRoute({
      operationId: 'getWorkshopSinceLastTime',
      ...read,
      method: 'get',
      path: '/{workshopId}/cycles/{number}/since-last-time',
      summary: "The previous cycle's actions and each linked indicator's value then and now",
      request: { params: CycleNumberParams },
      responses: { 200: json(SinceLastTime, 'Comparison with the previous cycle'), ...readErrors },
    }),
    addEntry: createRoute({
      operationId: 'addWorkshopEntry',
      summary: 'Record an entry in a cycle',
      ...memberWrite,
      method: 'post',
      path: '/{workshopId}/cycles/{cycleId}/entries',
      request: { params: CycleParams, body: body(CreateEntryRequest) },
      responses: { 201: json(Entry, 'Recorded'), ...writeErrors },
    }),
    updateEntry: createRoute({
      operationId: 'updateWorkshopEntry',
      summary: "Change an entry's text, organisation, theme, links or action",
      ...memberWrite,
      method: 'patch',
      path: '/{workshopId}/entries/{entryId}',
      request: { params: EntryParams, body: body(UpdateEntryRequest) },
      responses: { 200: json(Entry, 'Updated'), ...stale, ...writeErrors },
    }),
    removeEntry: createRoute({
      operationId: 'deleteWorkshopEntry',
      summary: 'Delete an entry',
      ...memberWrite,
      method: 'delete',
      path: '/{workshopId}/entries/{entryId}',
      request: { params: EntryParams },
      responses: { 204: noContent, ...writeErrors },
    }),
    setStatus: createRoute({
      operationId: 'setWorkshopActionStatus',
      summary: "Set an action's status",
      ...write,
      method: 'put',
      path: '/{workshopId}/entries/{entryId}/status',
      request: { params: EntryParams, body: body(StatusChangeRequest) },
      responses: {
        200: json(Entry, `Status set (${ActionStatus.options.join(', ')})`),
        ...stale,
        ...writeErrors,
      },
    }),
    addVote: createRoute({
      operationId: 'addWorkshopVote',
      ...memberWrite,
      method: 'post',
      path: '/{workshopId}/entries/{entryId}/votes',
      summary: 'Give one dot to an obstacle or solution',
      request: { params: EntryParams },
      responses: { 200: json(VoteTally, 'New tally'), ...writeErrors },
    }),
    removeVote: createRoute({
      operationId: 'removeWorkshopVote',
      ...memberWrite,
      method: 'delete',
      path: '/{workshopId}/entries/{entryId}/votes',
      summary: 'Take one dot back',
      request: { params: EntryParams },
      responses: { 200: json(VoteTally, 'New tally'), ...writeErrors },
    }),
    indicators: createRoute({
      operationId: 'getWorkshopIndicators',
      ...read,
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
      ...read,
      method: 'get',
      path: '/{workshopId}/export.json',
      request: { params: WorkshopParams },
      responses: { 200: json(WorkshopExport, 'All entries as JSON'), ...readErrors },
    }),
    exportCsv: createRoute({
      operationId: 'exportWorkshopCsv',
      summary: 'Export all entries as CSV, one row per entry',
      ...read,
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
      ...read,
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

export { body, error, json, readErrors, security, writeErrors, WorkshopParams };
