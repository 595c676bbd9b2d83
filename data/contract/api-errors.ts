/** The one JSON error shape of the API: `{ error: { code, message, field } }`. */
import { z } from 'zod';

/** Every machine-readable error code the API sends; the message says the reason, `field` the parameter at fault. */
export const ApiErrorCode = z
  .enum([
    'invalid_parameter',
    'bad_request',
    'not_found',
    'method_not_allowed',
    'unsupported_media_type',
    'payload_too_large',
    'empty_file',
    'unreadable_file',
    'nothing_to_import',
    'unauthorised',
    'forbidden',
    'imports_disabled',
    'conflict',
    'rate_limited',
    /** A change based on an old version of a record (optimistic concurrency); the body has the current one. */
    'stale_version',
    /** A change sent without the version it is based on (neither `version` nor If-Match): 428. */
    'version_required',
    /** A dependency (the PostgreSQL database) cannot be reached: retry later (503). */
    'unavailable',
    'internal',
  ])
  .meta({ id: 'ApiErrorCode' });
export type ApiErrorCode = z.infer<typeof ApiErrorCode>;

export const ApiErrorBody = z
  .object({
    error: z.object({
      code: ApiErrorCode,
      message: z.string(),
      /** The query or path parameter at fault, when one is. */
      field: z.string().nullable(),
    }),
  })
  .meta({ id: 'ApiError' });
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
