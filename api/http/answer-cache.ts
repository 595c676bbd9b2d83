import http, { type IncomingHttpHeaders, type RequestListener } from 'node:http';
import { getRequestListener, type Http2Bindings, type HttpBindings } from '@hono/node-server';
import { type BuildAnswer, buildAnswerOf } from './precompressed-response';

interface Entry {
  /** Exactly the header list Hono's path wrote for this answer (security headers, ETag, Vary, Cache-Control …). */
  headers: Record<string, string>;
  answer: BuildAnswer;
  /** Bytes this entry keeps alive: its whole precompressed body, all three encodings. */
  weight: number;
}

export interface AnswerCacheLimits {
  entries: number;
  bytes: number;
}

/** Most cached bodies are the routes' own memoised answers, so this mostly bounds what an entry keeps alive. */
const DEFAULT_LIMITS: AnswerCacheLimits = { entries: 2000, bytes: 64 * 2 ** 20 };

type FetchApp = (request: Request, env: HttpBindings | Http2Bindings) => Response | Promise<Response>;

interface RequestHead {
  method?: string | undefined;
  url?: string | undefined;
  headers: IncomingHttpHeaders;
}

/**
 * What a cached answer may stand for: a plain GET whose answer depends only on the URL, the Host (Hono refuses a
 * bad one) and Accept-Encoding. A conditional request (304) and a cross-origin one (CORS headers) go to Hono.
 */
function keyOf({ method, url, headers }: RequestHead): string | undefined {
  if (method !== 'GET' || headers['if-none-match'] !== undefined || headers.origin !== undefined)
    return undefined;
  return `${headers.host ?? ''} ${url ?? ''} ${headers['accept-encoding'] ?? ''}`;
}

/**
 * Hot GETs of build answers (values, profile, catalogue, search, geometry) without Hono: after Hono has answered a
 * request once with precompressed build bytes, the same request is answered here with the same status, headers and
 * bytes, written the way a bare node:http server writes them. Anything else, errors and every answer not made of
 * build bytes (workshops, imports, SSE, CSV, health) included, is never kept. Emptied on every build swap, and an
 * answer that started on the old build is not kept, so a new build is served at once.
 */
export class AnswerCache {
  readonly #entries = new Map<string, Entry>();
  readonly #limits: AnswerCacheLimits;
  #bytes = 0;
  #generation = 0;

  constructor(limits: AnswerCacheLimits = DEFAULT_LIMITS) {
    this.#limits = limits;
  }

  get size(): number {
    return this.#entries.size;
  }

  /** The API now serves another build: forget every answer, and any answer of the old one still being made. */
  clear(): void {
    this.#entries.clear();
    this.#bytes = 0;
    this.#generation++;
  }

  /** A node:http listener that answers what it holds and hands every other request to `next` untouched. */
  front(next: RequestListener): RequestListener {
    return (incoming, outgoing) => {
      const key = keyOf(incoming);
      const entry = key === undefined ? undefined : this.#entries.get(key);
      // The body's brotli may have been upgraded in place since: then Hono sends the new bytes and they are kept.
      if (entry && entry.answer.body[entry.answer.encoding] === entry.answer.bytes) {
        outgoing.writeHead(200, entry.headers);
        outgoing.end(entry.answer.bytes);
        return;
      }
      next(incoming, outgoing);
    };
  }

  /** Wraps the app's fetch: a 200 of build bytes is kept with the headers the middleware chain gave it. */
  keep(fetch: FetchApp): FetchApp {
    return async (request, env) => {
      const generation = this.#generation;
      const response = await fetch(request, env);
      const answer = buildAnswerOf(response);
      if (answer !== undefined && response.status === 200 && generation === this.#generation) {
        const key = keyOf(env.incoming);
        if (key !== undefined) this.#store(key, response.headers, answer);
      }
      return response;
    };
  }

  #store(key: string, responseHeaders: Headers, answer: BuildAnswer): void {
    if (responseHeaders.has('set-cookie')) return;
    // Node's adapter writes a Headers object as this same list: lower-case names in Headers' order.
    const headers: Record<string, string> = {};
    for (const [name, value] of responseHeaders) headers[name] = value;
    const { identity, gzip, brotli } = answer.body;
    const weight = identity.byteLength + gzip.byteLength + brotli.byteLength;
    if (weight > this.#limits.bytes) return;
    this.#forget(key);
    this.#entries.set(key, { headers, answer, weight });
    this.#bytes += weight;
    while (this.#entries.size > this.#limits.entries || this.#bytes > this.#limits.bytes)
      this.#forget(this.#entries.keys().next().value!);
  }

  #forget(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#bytes -= entry.weight;
  }
}

/** The node:http server `npm start` runs: the answer cache in front of the app's Hono listener. */
export function createCachedServer(fetch: FetchApp, answers: AnswerCache, hostname?: string): http.Server {
  return http.createServer(answers.front(getRequestListener(answers.keep(fetch), { hostname })));
}
