import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ApiErrorBody, ApiErrorCode } from '../../data/contract/api';

/** An error a user can cause: becomes a 4xx with the shared JSON shape, naming the parameter at fault. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly field: string | null = null,
  ) {
    super(message);
  }

  toBody(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, field: this.field } };
  }
}

export const notFound = (field: string, message: string): ApiError =>
  new ApiError(404, 'not_found', message, field);
export const badParameter = (field: string, message: string): ApiError =>
  new ApiError(400, 'invalid_parameter', message, field);
