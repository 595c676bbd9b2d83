import { createRoute } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import { z } from 'zod';
import { StaleEntryBody, Workshop, WorkshopId } from '../../data/contract';
import { ApiErrorBody } from '../../data/contract/api';

/** The pieces every workshop route spec is made of: error answers, bodies, path parameters, who may write. */

export const error = (description: string) => ({
  description,
  content: { 'application/json': { schema: ApiErrorBody } },
});
export const readErrors = {
  400: error('A parameter is invalid (the error names it)'),
  404: error('Unknown id'),
} as const;
export const writeErrors = {
  ...readErrors,
  403: error('Missing or wrong link secret, or a participant doing what only the facilitator may'),
  409: error('Conflict (e.g. no dots left in this cycle)'),
  413: error('Request body too large'),
  429: error('Too many writes from this client'),
} as const;
export const json = <S extends z.ZodType>(schema: S, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
export const body = <S extends z.ZodType>(schema: S) => ({
  required: true,
  content: { 'application/json': { schema } },
});
export const stale = {
  409: {
    description: 'The version sent is not the current one: the body holds the entry as it is now',
    content: { 'application/json': { schema: StaleEntryBody } },
  },
} as const;
export const security: { editToken: string[] }[] = [{ editToken: [] }];
export const noContent = { description: 'Done' };

export const WorkshopParams = z.object({ workshopId: WorkshopId });
export const OrganisationParams = WorkshopParams.extend({ organisationId: WorkshopId });
export const CycleParams = WorkshopParams.extend({ cycleId: WorkshopId });
export const EntryParams = WorkshopParams.extend({ entryId: WorkshopId });

export interface WorkshopRouteGuards {
  facilitator: MiddlewareHandler;
  member: MiddlewareHandler;
  idempotent: MiddlewareHandler;
}

export interface WriteAccess {
  tags: string[];
  security: { editToken: string[] }[];
  middleware: MiddlewareHandler[];
}

/** Writes only the facilitator (edit link) may make. */
export const facilitatorWrite = (guards: WorkshopRouteGuards): WriteAccess => ({
  tags: ['workshops'],
  security,
  middleware: [guards.facilitator, guards.idempotent],
});

/** Writes a participant may make too (entries, votes, comments); the service checks "own" where it matters. */
export const memberWrite = (guards: WorkshopRouteGuards): WriteAccess => ({
  ...facilitatorWrite(guards),
  middleware: [guards.member, guards.idempotent],
});

export const readAccess = { tags: ['workshops'] };

/**
 * A write that takes path parameters (and a JSON body) and answers JSON with one success status, or the common
 * write errors; `conflict` replaces the generic 409 where the route means something particular by it.
 */
export function jsonWriteRoute<
  P extends string,
  Params extends z.ZodObject,
  Body extends z.ZodType,
  Out extends z.ZodType,
  Code extends 200 | 201,
>(
  access: WriteAccess,
  spec: {
    operationId: string;
    summary: string;
    method: 'post' | 'put' | 'patch';
    path: P;
    params: Params;
    body: Body;
    status: Code;
    response: Out;
    description: string;
    conflict?: string;
    /** For a versioned PATCH: the 409 body with the row as it is now (StaleWorkshopBody and its siblings). */
    stale?: z.ZodType;
  },
) {
  const success = { [spec.status]: json(spec.response, spec.description) } as Record<
    Code,
    ReturnType<typeof json<Out>>
  >;
  return createRoute({
    ...access,
    operationId: spec.operationId,
    summary: spec.summary,
    method: spec.method,
    path: spec.path,
    request: { params: spec.params, body: body(spec.body) },
    responses: {
      ...success,
      ...writeErrors,
      ...(spec.conflict ? { 409: error(spec.conflict) } : {}),
      ...(spec.stale
        ? {
            409: json(
              spec.stale,
              'The version sent (body `version` or If-Match) is not the current one: the body holds the row as it is now',
            ),
            428: error(
              'No version sent (neither `version` in the body nor If-Match): a change must name the version it is based on',
            ),
          }
        : {}),
    },
  });
}

/** A write without a body that answers 204 (deletes), or the common write errors. */
export function noContentWriteRoute<P extends string, Params extends z.ZodObject>(
  access: WriteAccess,
  spec: {
    operationId: string;
    summary: string;
    method: 'delete' | 'post';
    path: P;
    params: Params;
  },
) {
  return createRoute({
    ...access,
    operationId: spec.operationId,
    summary: spec.summary,
    method: spec.method,
    path: spec.path,
    request: { params: spec.params },
    responses: { 204: noContent, ...writeErrors },
  });
}

/** Undoes a soft delete (of the workshop or one cycle) within 30 days; answers the workshop as it is again. */
export function restoreRoute<P extends string, Params extends z.ZodObject>(
  access: WriteAccess,
  spec: { operationId: string; summary: string; path: P; params: Params },
) {
  return createRoute({
    ...access,
    operationId: spec.operationId,
    summary: spec.summary,
    method: 'post',
    path: spec.path,
    request: { params: spec.params },
    responses: { 200: json(Workshop, 'Restored'), ...writeErrors },
  });
}
