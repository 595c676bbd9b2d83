import type { Context, TypedResponse } from 'hono';
import type { JSONParsed } from 'hono/utils/types';
import { type PrecompressedBody, precompress } from '../build/precompress';
import { REVALIDATE, sendPrecompressed } from './precompressed-response';

/** An answer computed once from the immutable build, kept serialised, compressed and with its ETag. */
export interface CachedJson<T> {
  value: T;
  body: PrecompressedBody;
}

export const cacheJson = <T>(value: T): CachedJson<T> => ({
  value,
  body: precompress(JSON.stringify(value), { best: false }),
});

/**
 * Sends a cached answer without re-serialising, re-hashing or re-compressing it. Typed as the JSON it holds, so
 * hc<AppType>() clients see the same type as with c.json().
 */
export function sendCachedJson<T>(
  c: Context,
  cached: CachedJson<T>,
  contentType = 'application/json',
): TypedResponse<JSONParsed<T>, 200, 'json'> {
  return sendPrecompressed(c, cached.body, contentType, REVALIDATE) as unknown as TypedResponse<
    JSONParsed<T>,
    200,
    'json'
  >;
}
