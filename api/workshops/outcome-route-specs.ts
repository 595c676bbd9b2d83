import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import {
  CreateOutcomeRequest,
  Outcome,
  StaleOutcomeBody,
  UpdateOutcomeRequest,
  WorkshopId,
} from '../../data/contract';
import { body, json, readErrors, security, WorkshopParams, writeErrors } from './route-spec-parts';
import type { WorkshopRouteGuards } from './route-spec-parts';

const OutcomeParams = WorkshopParams.extend({ outcomeId: WorkshopId });

export const ReportQuery = z.object({
  lang: z
    .enum(['sv', 'en'])
    .default('sv')
    .meta({ description: 'Language of the report: sv (default) or en' }),
});

export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The outcomes register (read: anyone with the id; write: the facilitator) and the editable DOCX report. */
export function outcomeRouteSpecs(guards: WorkshopRouteGuards) {
  const tags = ['workshops'];
  const write = { tags, security, middleware: [guards.facilitator, guards.idempotent] };
  return {
    list: createRoute({
      operationId: 'listWorkshopOutcomes',
      summary: 'The outcomes register: statement, contributing actions, evidence and status of each outcome',
      tags,
      method: 'get',
      path: '/{workshopId}/outcomes',
      request: { params: WorkshopParams },
      responses: { 200: json(z.array(Outcome), 'Outcomes in the order they were written'), ...readErrors },
    }),
    add: createRoute({
      ...write,
      operationId: 'addWorkshopOutcome',
      summary: 'Record an outcome; it needs at least one piece of evidence (indicator or written source)',
      method: 'post',
      path: '/{workshopId}/outcomes',
      request: { params: WorkshopParams, body: body(CreateOutcomeRequest) },
      responses: { 201: json(Outcome, 'Recorded'), ...writeErrors },
    }),
    update: createRoute({
      ...write,
      operationId: 'updateWorkshopOutcome',
      summary: "Change an outcome's statement, actions, evidence or status (send the version you read)",
      method: 'patch',
      path: '/{workshopId}/outcomes/{outcomeId}',
      request: { params: OutcomeParams, body: body(UpdateOutcomeRequest) },
      responses: {
        200: json(Outcome, 'Updated'),
        ...writeErrors,
        409: {
          description: 'The version sent is not the current one: the body holds the outcome as it is now',
          content: { 'application/json': { schema: StaleOutcomeBody } },
        },
      },
    }),
    remove: createRoute({
      ...write,
      operationId: 'deleteWorkshopOutcome',
      summary: 'Delete an outcome',
      method: 'delete',
      path: '/{workshopId}/outcomes/{outcomeId}',
      request: { params: OutcomeParams },
      responses: { 204: { description: 'Done' }, ...writeErrors },
    }),
    reportDocx: createRoute({
      operationId: 'exportWorkshopReportDocx',
      summary:
        'The final report as an editable DOCX: purpose, approach, cycles, outcomes, recommendations, data annex',
      tags,
      method: 'get',
      path: '/{workshopId}/report.docx',
      request: { params: WorkshopParams, query: ReportQuery },
      responses: {
        200: {
          description: 'The report (Word document)',
          content: { [DOCX_MEDIA_TYPE]: { schema: z.string().openapi({ format: 'binary' }) } },
        },
        ...readErrors,
      },
    }),
  };
}
