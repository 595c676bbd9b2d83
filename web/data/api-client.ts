import { hc } from 'hono/client';
import type { AppType } from '../../api/app';
import type { ApiErrorCode } from '../../data/contract/api';
import { loadApiContract } from './contract-loader';

/** Typed client of the Atlas API: route and response types come from the server's own definitions. */
export const api = hc<AppType>(
  typeof window === 'undefined' ? 'http://127.0.0.1' : window.location.origin,
).api;

/**
 * An API answer that was not 2xx: the server's own (English) message, the status so a page can tell 404 apart,
 * and the error's code and field, by which a page says what went wrong in its own language (i18n/api-error-text).
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: ApiErrorCode | null = null,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The JSON body of a response, or an error TanStack Query can show with the API's own message. Callers validate
 * the body with the contract's zod schema (web/data/parse-response): the types say what the server means to
 * send, zod checks it did.
 */
export async function readJson(response: {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}): Promise<unknown> {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    // The error path loads the contract (zod) itself: a page that only ever succeeds never waits for it here.
    const parsed = (await loadApiContract()).ApiErrorBody.safeParse(body);
    if (!parsed.success) throw new ApiError(response.status, `HTTP ${response.status}`);
    const { message, code, field } = parsed.data.error;
    throw new ApiError(response.status, message, code, field);
  }
  return body;
}
