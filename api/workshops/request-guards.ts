import { ApiError } from '../http/api-error';
import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { ZodError } from 'zod';
import { fromZodError } from './workshop-errors';
import type { WorkshopService } from './workshop-service';

export const DEFAULT_BODY_LIMIT_BYTES = 64 * 1024;

/** The edit token arrives only as `Authorization: Bearer <token>`, never in a URL. */
export function bearerToken(c: Context): string | null {
  const header = c.req.header('authorization');
  const match = header ? /^Bearer\s+([A-Za-z0-9_-]{1,200})\s*$/i.exec(header) : null;
  return match?.[1] ?? null;
}

/** Runs before body validation, so a caller without the token learns nothing about what a valid body is. */
export function requireEditToken(service: WorkshopService): MiddlewareHandler {
  return async (c, next) => {
    await service.authorise(c.req.param('workshopId') ?? '', bearerToken(c));
    await next();
  };
}

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
