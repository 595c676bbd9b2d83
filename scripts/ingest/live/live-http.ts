import { createHash } from 'node:crypto';
import type { ManifestInput } from '../../../data/contract';
import type { Clock, FetchLike, HttpRequest, HttpResponseLike } from './http-types';
import { parseJsonBody } from './parse-px-response';
import type { RateLimiter } from './rate-limiter';
import { requestKey, type ResponseCache } from './response-cache';

/** SCB v2 answers 403 when a query asks for more cells than allowed: the caller splits, never retries. */
export class TooManyCellsError extends Error {
  constructor(readonly url: string) {
    super(`${url} answered 403 (for SCB: too many cells for one request)`);
  }
}
export class HttpStatusError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
    detail: string,
  ) {
    super(`${url} answered ${status}: ${detail}`);
  }
}
export class NotCachedError extends Error {
  constructor(readonly url: string) {
    super(`--offline-cache: no cached response for ${url}; run with --live first`);
  }
}

export interface LiveHttpOptions {
  fetch: FetchLike;
  clock: Clock;
  cache: ResponseCache;
  /** Answer only from the cache (`--offline-cache`). */
  offline: boolean;
  maxRetries?: number;
  /** First back-off when a 429/5xx has no Retry-After; doubles on each retry. */
  backoffMs?: number;
  /** A request (headers and body) that takes longer is aborted and counts as a failed try. */
  timeoutMs?: number;
}

export interface JsonResponse {
  body: unknown;
  input: ManifestInput;
  fromCache: boolean;
}

function retryAfterMs(header: string | null, clock: Clock): number | null {
  if (!header) return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - clock.now());
}

function problemDetail(text: string): string {
  try {
    const problem = JSON.parse(text) as { title?: unknown; detail?: unknown };
    return (
      [problem.title, problem.detail].filter((x) => typeof x === 'string').join(': ') || text.slice(0, 120)
    );
  } catch {
    return /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim() ?? text.slice(0, 120);
  }
}

/** JSON over HTTP with a raw-response cache, rate limiting, back-off on 429 and clear errors. */
export class LiveHttp {
  constructor(private readonly options: LiveHttpOptions) {}

  async json(request: HttpRequest, limiter?: RateLimiter): Promise<JsonResponse> {
    const { cache, clock } = this.options;
    const cached = await cache.get(request);
    if (cached) {
      return {
        body: parseJsonBody(cached.body, cached.url),
        input: toInput(request, cached.body, cached.fetchedAt),
        fromCache: true,
      };
    }
    if (this.options.offline) throw new NotCachedError(request.url);
    const maxRetries = this.options.maxRetries ?? 5;
    let backoff = this.options.backoffMs ?? 1000;
    const timeoutMs = this.options.timeoutMs ?? 120_000;
    for (let attempt = 0; ; attempt++) {
      await limiter?.acquire();
      let response: HttpResponseLike;
      let text: string;
      try {
        response = await this.options.fetch(request.url, {
          method: request.method,
          headers: {
            accept: 'application/json',
            ...(request.body ? { 'content-type': 'application/json' } : {}),
          },
          ...(request.body ? { body: request.body } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        });
        text = await response.text();
      } catch (error) {
        // A dropped connection is worth another try; after the last one the error names the URL.
        if (attempt < maxRetries) {
          await clock.sleep(backoff);
          backoff *= 2;
          continue;
        }
        const timedOut = error instanceof Error && error.name === 'TimeoutError';
        const reason = timedOut
          ? `no complete answer within ${timeoutMs / 1000} s`
          : error instanceof Error
            ? error.message
            : String(error);
        throw new Error(`${request.url}: ${reason} (after ${maxRetries + 1} tries)`);
      }
      if (response.status === 403) throw new TooManyCellsError(request.url);
      const retryable = response.status === 429 || response.status >= 500;
      if (retryable && attempt < maxRetries) {
        await clock.sleep(retryAfterMs(response.headers.get('retry-after'), clock) ?? backoff);
        backoff *= 2;
        continue;
      }
      if (response.status < 200 || response.status >= 300) {
        throw new HttpStatusError(request.url, response.status, problemDetail(text));
      }
      const body = parseJsonBody(text, request.url, response.status);
      const fetchedAt = new Date(clock.now()).toISOString();
      await cache.put({
        method: request.method,
        url: request.url,
        requestBody: request.body,
        fetchedAt,
        status: response.status,
        body: text,
      });
      return { body, input: toInput(request, text, fetchedAt), fromCache: false };
    }
  }
}

/** A POST's query is part of what was fetched, so its key tells split requests to the same URL apart. */
function toInput(request: HttpRequest, text: string, fetchedAt: string): ManifestInput {
  return {
    path: `live:${request.method} ${request.url}${request.body ? `#query-${requestKey(request)}` : ''}`,
    sha256: createHash('sha256').update(text).digest('hex'),
    rows: 0,
    origin: 'live',
    fetchedAt,
  };
}
