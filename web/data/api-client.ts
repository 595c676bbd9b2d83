import { hc } from 'hono/client';
import type { AppType } from '../../api/app';

/** Typed client of the Atlas API: route and response types come from the server's own definitions. */
export const api = hc<AppType>(
  typeof window === 'undefined' ? 'http://127.0.0.1' : window.location.origin,
).api;

/**
 * An API answer that was not 2xx: the server's own message, the status so a page can tell 404 apart, and the
 * error's code and field (e.g. 409 `conflict` on `name`: an import of that name exists) when the body names them.
 */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly code: string | null = null,
    readonly field: string | null = null,
  ) {
    super(message);
  }
}

/**
 * The JSON body of a response, or an error TanStack Query can show with the API's own message. Callers validate
 * the body with the contract's zod schema: the types say what the server means to send, zod checks it did.
 */
export async function readJson(response: {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}): Promise<unknown> {
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as { error?: { message?: string; code?: string; field?: string | null } } | null)
      ?.error;
    throw new ApiError(
      response.status,
      error?.message ?? `HTTP ${response.status}`,
      error?.code ?? null,
      error?.field ?? null,
    );
  }
  return body;
}
