import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { secureHeaders } from 'hono/secure-headers';
import { ApiError } from './api-error';

/**
 * CSP for a MapLibre dashboard served from this origin: the map's worker may be a blob:, tiles and canvases
 * become data:/blob: images, MapLibre sets inline styles, and the only connection is back to this API.
 */
export const dashboardSecureHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      scriptSrc: ["'self'"],
      workerSrc: ["'self'", 'blob:'],
      childSrc: ["'self'", 'blob:'],
      imgSrc: ["'self'", 'data:', 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      fontSrc: ["'self'", 'data:'],
      connectSrc: ["'self'"],
      objectSrc: ["'none'"],
      baseUri: ["'self'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
    },
  });

/**
 * GET and HEAD answers never read a body, and asking the Node request for one (`raw.body`) builds a full Fetch
 * Request per call: about a third of a millisecond of CPU on every cached read. Their bodies are left unread.
 */
const bodyless = (method: string) => method === 'GET' || method === 'HEAD';

export const requestBodyLimit = (maxBytes: number): MiddlewareHandler => {
  const limit = bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new ApiError(413, 'payload_too_large', `request body larger than ${maxBytes} bytes`);
    },
  });
  return (c, next) => (bodyless(c.req.method) ? next() : limit(c, next));
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A JSON body must be UTF-8: bytes that are not would otherwise become U+FFFD and slip through as some other
 * text. The body (already under the size limit) is read here and handed on as a fresh request, as Hono's own
 * body limit does, so later middleware and the route's validator read it as usual.
 */
export const strictJsonBody = (): MiddlewareHandler => async (c, next) => {
  const raw = c.req.raw;
  if (
    !bodyless(c.req.method) &&
    raw.body &&
    c.req.header('content-type')?.toLowerCase().includes('application/json')
  ) {
    const bytes = await raw.arrayBuffer();
    try {
      strictUtf8.decode(bytes);
    } catch {
      throw new ApiError(400, 'bad_request', 'the request body is not valid UTF-8', 'body');
    }
    c.req.raw = new Request(raw, { body: bytes });
  }
  await next();
};
