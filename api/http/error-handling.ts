import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ZodError } from 'zod';
import type { ApiErrorBody, ApiErrorCode } from '../../data/contract/api';
import { ApiError } from './api-error';

function fromZodError(error: ZodError): ApiError {
  const issue = error.issues[0];
  const field = issue && issue.path.length > 0 ? String(issue.path[0]) : null;
  const where = field ? `${field}: ` : '';
  return new ApiError(400, 'invalid_parameter', `${where}${issue?.message ?? 'invalid input'}`, field);
}

/** Validation hook for every zod-openapi route: a failed parameter is a 400 naming it. */
export function validationHook(
  result: { success: boolean; error?: unknown },
  c: Context,
): Response | undefined {
  if (result.success || !(result.error instanceof ZodError)) return undefined;
  const apiError = fromZodError(result.error);
  return c.json(apiError.toBody(), apiError.status);
}

function codeForStatus(status: number): ApiErrorCode {
  if (status === 404) return 'not_found';
  if (status === 405) return 'method_not_allowed';
  if (status === 413) return 'payload_too_large';
  if (status === 415) return 'unsupported_media_type';
  return 'bad_request';
}

/** Maps anything thrown to the shared error shape; only real bugs become 500, and they do not leak details. */
export const onError: ErrorHandler = (error, c) => {
  if (error instanceof ApiError) return c.json(error.toBody(), error.status);
  if (error instanceof ZodError) {
    const apiError = fromZodError(error);
    return c.json(apiError.toBody(), apiError.status);
  }
  if (error instanceof HTTPException && error.status < 500) {
    const body: ApiErrorBody = {
      error: { code: codeForStatus(error.status), message: error.message, field: null },
    };
    return c.json(body, error.status);
  }
  console.error('[api] unexpected error', c.req.method, c.req.path, error);
  return c.json({ error: { code: 'internal', message: 'internal server error', field: null } }, 500);
};

export const apiNotFound: NotFoundHandler = (c) =>
  c.json(
    { error: { code: 'not_found', message: `no API endpoint ${c.req.method} ${c.req.path}`, field: null } },
    404,
  );
