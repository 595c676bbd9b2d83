import { ApiError } from '../http/api-error';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ZodError } from 'zod';
import { fromZodError } from './workshop-errors';

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

export function limitBody(maxSize: number): MiddlewareHandler {
  return bodyLimit({
    maxSize,
    onError: (c) =>
      c.json(new ApiError(413, 'payload_too_large', `request body over ${maxSize} bytes`).toBody(), 413),
  });
}

/** Validation failures name the full path of the field at fault. */
export function workshopValidationHook(
  result: { success: boolean; error?: unknown },
  c: Context,
): Response | undefined {
  if (result.success || !(result.error instanceof ZodError)) return undefined;
  const error = fromZodError(result.error);
  return c.json(error.toBody(), error.status);
}
