import type { Context } from 'hono';
import type { PrecompressedBody } from '../build/precompress';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'public, no-cache';

/** The build bytes a response carries: what the answer cache (api/http/answer-cache.ts) may keep and resend. */
export interface BuildAnswer {
  body: PrecompressedBody;
  encoding: 'identity' | 'gzip' | 'brotli';
  /** The bytes sent; large brotli bodies are replaced in place once quality 11 is ready (api/build/precompress.ts). */
  bytes: Uint8Array;
}

const buildAnswers = new WeakMap<Response, BuildAnswer>();

/** Set only for a GET answered with precompressed build bytes: it depends on the build, the URL and Accept-Encoding. */
export const buildAnswerOf = (response: Response): BuildAnswer | undefined => buildAnswers.get(response);

function preferredEncoding(acceptEncoding: string | undefined): 'br' | 'gzip' | null {
  const accepted = (acceptEncoding ?? '')
    .split(',')
    .map((part) => part.trim().split(';'))
    .filter(([, q]) => !q || !/^\s*q=0(\.0*)?\s*$/.test(q))
    .map(([name]) => name!.toLowerCase());
  if (accepted.includes('br')) return 'br';
  if (accepted.includes('gzip')) return 'gzip';
  return null;
}

/**
 * Sends bytes compressed once at load: brotli or gzip as the client accepts, identity otherwise. The ETag is set
 * here, so the etag middleware answers If-None-Match with 304 without hashing megabytes per request.
 */
export function sendPrecompressed(
  c: Context,
  body: PrecompressedBody,
  contentType: string,
  cacheControl: string,
): Response {
  const encoding = preferredEncoding(c.req.header('Accept-Encoding'));
  const bytes = encoding === 'br' ? body.brotli : encoding === 'gzip' ? body.gzip : body.identity;
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'Cache-Control': cacheControl,
    // Each content-coding is its own representation, so it gets its own strong validator (RFC 9110 8.8.3).
    ETag: encoding ? `${body.etag.slice(0, -1)}-${encoding}"` : body.etag,
    Vary: 'Accept-Encoding',
    'Content-Length': String(bytes.length),
  };
  if (encoding) headers['Content-Encoding'] = encoding;
  if (c.req.method === 'HEAD') return new Response(null, { status: 200, headers });
  const response = new Response(bytes, { status: 200, headers });
  if (c.req.method === 'GET')
    buildAnswers.set(response, {
      body,
      encoding: encoding === 'br' ? 'brotli' : (encoding ?? 'identity'),
      bytes,
    });
  return response;
}
